"""Header names → canonical fields, per platform (EXPORT-FORMATS.md layouts) and generic.

Each table maps a canonical field (an ORDER_FIELDS / PRODUCT_FIELDS name, or ``order_id``,
``sub_order_id``, ``product_id``) to the header names that carry it, best first. Names are compared
after `desktop_app.importing.headers.header_key` normalisation (NFKC, no whitespace, lower case), so
``实付款(元)``, ``实付款（元）`` and ``实付款\\n(元)`` all match ``实付款``.

The generic names sellers use in hand-made sheets apply on every platform once the platform is
known; the logistics columns (揽收时间, 上网时间, 到仓时间, 履约模式) are recognised in any sheet.
"""

from __future__ import annotations

from policies.records import Platform

Aliases = dict[str, tuple[str, ...]]

DOUYIN: Aliases = {
    "order_id": ("主订单编号", "主订单号"),
    "sub_order_id": ("子订单编号", "子订单号"),
    "status_text": ("订单状态",),
    "after_sale_status": ("售后状态",),
    "order_type": ("订单类型",),
    "product_id": ("商品ID", "商品id"),
    "product_name": ("选购商品", "商品名称"),
    "sku": ("商品规格", "商家编码"),
    "quantity": ("商品数量",),
    "paid_amount_fen": ("订单应付金额", "实付金额"),
    "created_at": ("订单提交时间",),
    "paid_at": ("支付完成时间",),
    "promised_ship_at": ("承诺发货时间",),
    "shipped_at": ("发货时间",),
    "completed_at": ("订单完成时间",),
    "cancel_reason": ("取消原因",),
    "receiver_name": ("收件人",),
    "receiver_phone": ("收件人手机号",),
    "receiver_province": ("省",),
    "receiver_city": ("市",),
    "receiver_district": ("区",),
    "receiver_address": ("详细地址",),
    "warehouse_name": ("仓库名称",),
    "buyer_note": ("买家留言",),
    "seller_note": ("商家备注",),
    "tracking_no": ("快递单号", "运单号", "物流单号", "快递信息"),
    "carrier": ("快递公司", "物流公司"),
}

KUAISHOU: Aliases = {
    "order_id": ("订单号",),
    "status_text": ("订单状态",),
    "after_sale_status": ("售后状态",),
    "order_type": ("订单类型", "订单载体"),
    "product_id": ("商品ID",),
    "product_name": ("商品名称",),
    "sku": ("商品规格", "SKU编码"),
    "quantity": ("成交数量",),
    "paid_amount_fen": ("实付款",),
    "created_at": ("订单创建时间",),
    "paid_at": ("订单支付时间",),
    "promised_ship_at": ("预售/承诺发货时间", "承诺发货时间"),
    "shipped_at": ("发货时间",),
    "carrier": ("快递公司",),
    "tracking_no": ("快递单号",),
    "receiver_name": ("收货人姓名",),
    "receiver_phone": ("收货人电话",),
    "receiver_province": ("收货地址-省",),
    "receiver_city": ("收货地址-市",),
    "receiver_district": ("收货地址-区",),
    "receiver_address": ("收货地址",),
    "ship_from_address": ("仓库地址",),
    "warehouse_name": ("仓库名称",),
    "buyer_note": ("买家留言",),
    "seller_note": ("订单备注",),
}

ALIEXPRESS: Aliases = {
    "order_id": ("订单号",),
    "status_text": ("订单状态",),
    "order_type": ("订单业务模式",),
    "shop": ("店铺",),
    "product_id": ("商品ID",),
    "product_name": ("产品信息(双击单元格展开所有产品信息!)", "产品信息"),
    "paid_amount_fen": ("订单金额",),
    "created_at": ("下单时间",),
    "paid_at": ("付款时间",),
    "promised_ship_at": ("发货期限",),
    "shipped_at": ("发货时间",),
    "completed_at": ("确认收货时间",),
    "tracking_no": ("实际发货物流:运单号", "运单号"),
    "carrier": ("实际发货物流", "物流公司"),
    "receiver_name": ("收货人名称",),
    "receiver_phone": ("手机", "联系电话"),
    "receiver_province": ("州/省",),
    "receiver_city": ("城市",),
    "receiver_address": ("地址", "收货地址"),
    "buyer_note": ("订单备注",),
}

#: Hand-made sheets and renamed columns; consulted after the platform's own names.
GENERIC: Aliases = {
    "order_id": ("订单编号", "订单号", "订单ID", "主订单编号"),
    "sub_order_id": ("子订单编号", "子订单号", "子订单ID"),
    "status_text": ("订单状态", "状态"),
    "after_sale_status": ("售后状态", "退款状态"),
    "order_type": ("订单类型",),
    "shop": ("店铺", "店铺名称", "店铺名"),
    "product_id": ("商品ID", "商品编号", "产品ID"),
    "product_name": ("商品名称", "商品", "商品标题", "产品名称"),
    "sku": ("商品规格", "规格", "SKU"),
    "quantity": ("数量", "购买数量", "商品数量", "件数"),
    "paid_amount_fen": ("实付金额", "实付款", "支付金额", "实收金额", "订单金额"),
    "created_at": ("下单时间", "创建时间", "订单创建时间"),
    "paid_at": ("支付时间", "付款时间", "订单支付时间", "支付完成时间"),
    "promised_ship_at": ("承诺发货时间", "最晚发货时间", "发货截止时间"),
    "shipped_at": ("发货时间",),
    "picked_up_at": ("揽收时间", "揽件时间", "揽收扫描时间"),
    "online_at": ("上网时间", "首次上网时间", "物流上网时间"),
    "warehouse_at": ("到仓时间", "入仓时间", "仓库签收时间"),
    "completed_at": ("完成时间", "订单完成时间", "确认收货时间"),
    "cancel_reason": ("取消原因", "关闭原因"),
    "fulfilment_mode": ("履约模式", "发货模式"),
    "carrier": ("快递公司", "物流公司", "承运商"),
    "tracking_no": ("快递单号", "运单号", "物流单号", "快递信息"),
    "receiver_name": ("收货人", "收件人", "收货人姓名", "收件人姓名"),
    "receiver_phone": ("收货人电话", "收件人电话", "收件人手机号", "手机号", "联系电话"),
    "receiver_province": ("省", "省份", "收货省份"),
    "receiver_city": ("市", "城市", "收货城市"),
    "receiver_district": ("区", "区县", "收货区县"),
    "receiver_address": ("收货地址", "详细地址", "地址"),
    "ship_from_address": ("发货地址", "仓库地址"),
    "warehouse_name": ("仓库名称", "仓库"),
    "buyer_note": ("买家备注", "买家留言"),
    "seller_note": ("商家备注", "卖家备注", "订单备注"),
}

PRODUCTS: Aliases = {
    "product_id": ("商品ID", "商品编号", "产品ID"),
    "name": ("商品名称", "产品名称", "商品标题"),
    "listed_at": ("上架时间", "发布时间", "首次上架时间"),
    "last_month_sales": ("上月销量",),
    "promise_hours": ("承诺发货时长(小时)", "承诺发货时长", "发货时效(小时)", "承诺发货时效"),
    "uses_freight_template": ("是否使用运费模板", "运费模板"),
    "ship_from_address": ("发货地址",),
    "fulfilment_mode": ("履约模式",),
}

# The product template's headers: each product field's first name above, in field order.
PRODUCT_TEMPLATE_HEADERS: tuple[str, ...] = tuple(names[0] for names in PRODUCTS.values())

BY_PLATFORM: dict[Platform, Aliases] = {
    Platform.DOUYIN: DOUYIN,
    Platform.KUAISHOU: KUAISHOU,
    Platform.ALIEXPRESS: ALIEXPRESS,
}

#: Headers that only one platform's export carries; a sheet's platform is the one with most hits.
SIGNATURES: dict[Platform, frozenset[str]] = {
    Platform.DOUYIN: frozenset(
        (
            "主订单编号",
            "子订单编号",
            "选购商品",
            "订单提交时间",
            "支付完成时间",
            "收件人手机号",
            "达人ID",
            "达人昵称",
            "鲁班落地页ID",
            "是否安心购",
            "订单应付金额",
            "APP渠道",
            "商家编码",
            "流量来源",
        )
    ),
    Platform.KUAISHOU: frozenset(
        (
            "订单创建时间",
            "订单支付时间",
            "预售/承诺发货时间",
            "收货人姓名",
            "成交数量",
            "收货地址-省",
            "收货地址-市",
            "订单载体",
            "快赚客ID",
            "团长ID",
            "CPS达人ID",
            "赠品订单号",
            "活动订单编号",
            "实付款",
        )
    ),
    Platform.ALIEXPRESS: frozenset(
        (
            "付款时间",
            "买家名称",
            "收货国家",
            "发货期限",
            "实际发货物流:运单号",
            "确认收货时间",
            "产品信息(双击单元格展开所有产品信息!)",
            "负责人(业务员)",
            "满立减",
            "买家选择物流",
            "订单业务模式",
            "州/省",
            "到仓时间",
        )
    ),
}

#: Fields that make a sheet a logistics sheet when they are all it has besides the order id.
LOGISTICS_FIELDS = frozenset(
    (
        "picked_up_at",
        "online_at",
        "warehouse_at",
        "fulfilment_mode",
        "tracking_no",
        "carrier",
        "shipped_at",
    )
)
#: Product-sheet headers that no order export carries.
PRODUCT_ONLY_FIELDS = frozenset(
    ("listed_at", "last_month_sales", "promise_hours", "uses_freight_template")
)

REQUIRED: dict[str, tuple[str, ...]] = {
    "orders": ("order_id", "paid_at"),
    "logistics": ("order_id",),
    "products": ("product_id",),
}

#: How each field is described when it is missing (zh, en).
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "order_id": ("订单号", "order id"),
    "sub_order_id": ("子订单编号", "sub-order id"),
    "product_id": ("商品ID", "product id"),
    "paid_at": ("支付时间", "payment time"),
    "promised_ship_at": ("承诺发货时间", "promised ship time"),
}
