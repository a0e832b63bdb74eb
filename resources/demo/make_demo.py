# ruff: noqa: E501  (a data script: long scenario descriptions read better on one line)
"""Generate ShipCheck's bundled demo exports (deterministic: fixed seed, fixed dates).

Run from the repository root::

    python resources/demo/make_demo.py            # writes next to this script
    python resources/demo/make_demo.py OUT_DIR    # or into OUT_DIR

The files imitate the real back-end exports described in EXPORT-FORMATS.md (same header lists,
Chinese names and addresses, ids as text) and are designed so that, as of ``AS_OF``, every verdict
status occurs on every platform where it can (see README.md next to this script for the scenario
list). ``expected.csv`` records, per order, the scenario each order was built for, so tests and
reviewers can check the engine against the design intent.
"""

from __future__ import annotations

import csv
import io
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

# A1 (AliExpress relaxed timing) is in force from 2024-04-12, the 2022 rules (K1, K2, D1) judge
# 2022 orders: the demo is evaluated as of a day in 2024; the 2022 orders are all settled (shipped
# or closed) and the open orders of every platform lie around AS_OF.
AS_OF = datetime(2024, 5, 21, 18, 0, 0)
WARNING_HOURS = 12
SEED = 20221220

# (province, city, district, street)
REGIONS: tuple[tuple[str, str, str, str], ...] = (
    ("浙江省", "杭州市", "西湖区", "文三路"),
    ("广东省", "深圳市", "南山区", "科技园南路"),
    ("江苏省", "南京市", "鼓楼区", "中山北路"),
    ("四川省", "成都市", "武侯区", "人民南路四段"),
    ("湖北省", "武汉市", "江汉区", "解放大道"),
    ("山东省", "青岛市", "市南区", "香港中路"),
    ("河南省", "郑州市", "金水区", "花园路"),
    ("福建省", "厦门市", "思明区", "湖滨南路"),
    ("陕西省", "西安市", "雁塔区", "长安南路"),
    ("湖南省", "长沙市", "岳麓区", "麓山南路"),
    ("辽宁省", "沈阳市", "和平区", "南京北街"),
    ("云南省", "昆明市", "五华区", "东风西路"),
)
SHANGHAI = ("上海市", "上海市", "浦东新区", "张杨路")
BEIJING_CHAOYANG = ("北京市", "北京市", "朝阳区", "建国路")
BEIJING_HAIDIAN = ("北京市", "北京市", "海淀区", "中关村大街")
GUANGZHOU_HAIZHU = ("广东省", "广州市", "海珠区", "新港中路")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = (
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀英",
    "桂英",
    "建华",
)
CARRIERS = ("中通快递", "圆通速递", "韵达快递", "申通快递", "极兔速递", "顺丰速运")


@dataclass
class Plan:
    """One designed order: when it was paid, its deadline, and what happened to it."""

    scenario: str
    expected: str  # the status it was designed for, as of AS_OF
    paid: datetime
    deadline: datetime
    shipped: datetime | None
    cancelled: bool = False
    region: tuple[str, str, str, str] | None = None
    product: int | None = None  # index into the platform's product list
    note: str = ""


def fmt(t: datetime | None, style: str = "-") -> str:
    """A time as the exporter writes it ('' for none)."""
    if t is None:
        return ""
    if style == "/":
        return t.strftime("%Y/%m/%d %H:%M:%S")
    return t.strftime("%Y-%m-%d %H:%M:%S")


class Maker:
    """Holds the seeded random source and helpers shared by the three platforms."""

    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self._used: set[str] = set()

    def digits(self, prefix: str, length: int) -> str:
        """A unique digit-string id of `length` digits starting with `prefix`."""
        while True:
            s = prefix + "".join(self.rng.choice("0123456789") for _ in range(length - len(prefix)))
            if s not in self._used:
                self._used.add(s)
                return s

    def name(self) -> str:
        """A Chinese personal name."""
        return self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)

    def phone(self) -> str:
        """A masked mobile number as the back-ends show it."""
        return f"1{self.rng.choice('3456789')}{self.rng.randint(0, 9)}****{self.rng.randint(0, 9999):04d}"

    def region(self) -> tuple[str, str, str, str]:
        """A receiving region outside every demo affected area."""
        return self.rng.choice(REGIONS)

    def address(self, region: tuple[str, str, str, str]) -> str:
        """A street address in `region`."""
        return f"{region[3]}{self.rng.randint(1, 999)}号{self.rng.randint(1, 30)}栋{self.rng.randint(101, 2808)}室"

    def minutes(self, lo_h: float, hi_h: float) -> timedelta:
        """A random whole-minute span between lo_h and hi_h hours."""
        return timedelta(minutes=self.rng.randint(int(lo_h * 60), int(hi_h * 60)))

    def paid_between(self, start: datetime, end: datetime) -> datetime:
        """A random second in [start, end)."""
        span = int((end - start).total_seconds())
        return start + timedelta(seconds=self.rng.randrange(span))


def bulk_plans(m: Maker, start: datetime, end: datetime, n: int, promise_h: int) -> list[Plan]:
    """Ordinary shipped orders (mostly on time, some late) paid in [start, end)."""
    plans = []
    for _ in range(n):
        paid = m.paid_between(start, end)
        deadline = paid + timedelta(hours=promise_h)
        if m.rng.random() < 0.85:
            shipped = paid + m.minutes(1, promise_h - 0.5)
            plans.append(Plan("bulk on time", "on_time", paid, deadline, shipped))
        else:
            shipped = deadline + m.minutes(0.5, 40)
            plans.append(Plan("bulk late", "late", paid, deadline, shipped))
    return plans


def open_plans(m: Maker, promise_h: int) -> list[Plan]:
    """Unshipped orders around AS_OF: overdue, at risk (deadline within 12 h) and pending."""
    plans = []
    for k in range(4):  # overdue: deadline 1-40 h before AS_OF
        deadline = AS_OF - m.minutes(1 + k * 10, 9 + k * 10)
        plans.append(
            Plan(
                "unshipped past deadline",
                "overdue",
                deadline - timedelta(hours=promise_h),
                deadline,
                None,
            )
        )
    for k in range(4):  # at risk: deadline 1-11 h after AS_OF
        deadline = AS_OF + m.minutes(1 + k * 2.5, 3 + k * 2.5)
        plans.append(
            Plan(
                "unshipped, deadline within 12 h",
                "at_risk",
                deadline - timedelta(hours=promise_h),
                deadline,
                None,
            )
        )
    for _k in range(5):  # pending: deadline 14-40 h after AS_OF, paid before AS_OF
        paid = AS_OF - m.minutes(0.5, promise_h - 14.5)
        deadline = paid + timedelta(hours=promise_h)
        plans.append(Plan("unshipped, deadline later", "pending", paid, deadline, None))
    return plans


def cancelled_plans(m: Maker, start: datetime, end: datetime, n: int, promise_h: int) -> list[Plan]:
    """Orders cancelled before shipping (not assessable)."""
    out = []
    for _ in range(n):
        paid = m.paid_between(start, end)
        out.append(
            Plan(
                "cancelled before shipping",
                "excluded",
                paid,
                paid + timedelta(hours=promise_h),
                None,
                cancelled=True,
            )
        )
    return out


# --- Kuaishou 快手小店 -------------------------------------------------------------------------------

KS_HEADERS = (
    "订单号",
    "赠品订单号",
    "活动订单编号",
    "订单创建时间",
    "订单支付时间",
    "预售定金支付时间",
    "订单状态",
    "实付款(元)",
    "快递费",
    "店铺优惠",
    "平台补贴",
    "主播补贴",
    "混资活动优惠",
    "支付优惠",
    "支付方式",
    "成交数量",
    "买家留言",
    "账号类型",
    "账号明细",
    "订单备注",
    "旗帜颜色",
    "售后状态",
    "活动订单",
    "预售/承诺发货时间",
    "订单载体",
    "商品名称",
    "商品ID",
    "商品规格",
    "SKU编码",
    "商品单价",
    "渠道",
    "CPS达人ID",
    "CPS达人昵称",
    "预估推广佣金",
    "预估推广者分佣比例",
    "团长ID",
    "团长昵称",
    "快赚客ID",
    "快赚客昵称",
    "授权推广者ID",
    "授权推广者昵称",
    "收货人姓名",
    "收货人电话",
    "收货地址-省",
    "收货地址-市",
    "收货地址-区",
    "收货地址-街道",
    "收货地址",
    "发货时间",
    "快递公司",
    "快递单号",
    "物流信息",
    "集运类型",
    "直邮类型",
    "仓库名称",
    "仓库地址",
    "实名姓名",
    "服务门店ID",
    "服务门店名称",
    "服务门店地址",
    "国补/类国补/消费券",
)

# (name, spec, unit price, promise hours, uses freight template, ship-from address, listed)
KS_PRODUCTS: tuple[tuple[str, str, str, int, bool, str, date], ...] = (
    (
        "东北五常大米 稻花香 5kg",
        "5kg/袋",
        "59.90",
        48,
        True,
        "黑龙江省哈尔滨市五常市民乐乡工业园1号",
        date(2021, 9, 1),
    ),
    (
        "新疆阿克苏冰糖心苹果 带箱10斤",
        "中果 10斤",
        "39.80",
        48,
        True,
        "浙江省杭州市余杭区仓前街道良睦路88号",
        date(2022, 3, 12),
    ),
    (
        "手工红糖糍粑 500g*2袋",
        "原味",
        "19.90",
        24,
        True,
        "四川省成都市郫都区红光街道港通北二路5号",
        date(2022, 1, 20),
    ),
    ("好运来福袋 零元购专享", "随机款", "0.00", 48, False, "", date(2022, 5, 1)),
    (
        "纯棉四件套 1.8m床",
        "浅灰",
        "129.00",
        72,
        True,
        "广东省广州市海珠区新港中路397号",
        date(2021, 11, 5),
    ),
)


def kuaishou(m: Maker) -> tuple[list[list[object]], list[Plan]]:
    """Kuaishou order rows (all columns as text, like the real export) and their plans."""
    plans: list[Plan] = []
    # June-July: K2 pause boundary (compensation resumed 2022-07-11); some late on both sides.
    plans += bulk_plans(m, datetime(2022, 6, 20), datetime(2022, 7, 25), 40, 48)
    for day, hh in ((8, 10), (9, 15), (10, 23), (11, 0), (11, 9), (12, 20)):
        deadline = datetime(2022, 7, day, hh, 0, 0)
        shipped = deadline + timedelta(hours=5, minutes=m.rng.randint(0, 59))
        plans.append(
            Plan(
                f"K2 boundary: late, deadline {deadline:%m-%d %H:%M}",
                "late",
                deadline - timedelta(hours=48),
                deadline,
                shipped,
                note="before 2022-07-11: compensation paused"
                if deadline < datetime(2022, 7, 11)
                else "from 2022-07-11: compensated",
            )
        )
    # K1: Shanghai receivers while Shanghai was an affected area (2022-03-28 – 2022-06-01).
    for k in range(4):
        paid = datetime(2022, 5, 20 + k, 10 + k, 12, 30)
        deadline = paid + timedelta(hours=48)
        shipped = deadline + timedelta(hours=30 + k)
        plans.append(
            Plan(
                "K1 exempt: receiver in 上海市 during its affected window, shipped late",
                "exempt",
                paid,
                deadline,
                shipped,
                region=SHANGHAI,
                product=k % 2,
            )
        )
    # K1: ship-from 广州市海珠区 (product 4) while Haizhu was affected (2022-10-25 – 2022-11-30).
    for k in range(3):
        paid = datetime(2022, 11, 10 + k * 3, 20, 5, 0)
        deadline = paid + timedelta(hours=72)
        plans.append(
            Plan(
                "K1 exempt: ship-from 广州市海珠区 during its affected window, shipped late",
                "exempt",
                paid,
                deadline,
                deadline + timedelta(hours=50),
                product=4,
            )
        )
    # K1: Beijing Chaoyang receivers while Chaoyang was affected (2022-11-24 – 2022-12-31).
    for k in range(3):
        paid = datetime(2022, 12, 15 + k, 9, 30, 0)
        deadline = paid + timedelta(hours=48)
        plans.append(
            Plan(
                "K1 exempt: receiver in 北京市朝阳区 during its affected window, shipped late",
                "exempt",
                paid,
                deadline,
                deadline + timedelta(hours=40 + k),
                region=BEIJING_CHAOYANG,
                product=k % 2,
            )
        )
    # Same area, but 好运来 (no freight template): never K1-exempt.
    for k in range(2):
        paid = datetime(2022, 12, 16 + k, 11, 0, 0)
        deadline = paid + timedelta(hours=48)
        plans.append(
            Plan(
                "K1 not applicable: 好运来 has no freight template (receiver in 北京市朝阳区)",
                "late",
                paid,
                deadline,
                deadline + timedelta(hours=6 + 30 * k),
                region=BEIJING_CHAOYANG,
                product=3,
            )
        )
    # Beijing Haidian is not affected: assessed normally.
    paid = datetime(2022, 12, 16, 8, 0, 0)
    plans.append(
        Plan(
            "receiver in 北京市海淀区 (not affected): assessed normally, shipped late",
            "late",
            paid,
            paid + timedelta(hours=48),
            paid + timedelta(hours=70),
            region=BEIJING_HAIDIAN,
            product=0,
        )
    )
    plans += bulk_plans(m, datetime(2022, 11, 1), datetime(2022, 12, 17), 40, 48)
    plans += open_plans(m, 48)
    plans += cancelled_plans(m, datetime(2022, 11, 1), datetime(2022, 12, 20), 5, 48)

    rows: list[list[object]] = []
    for p in plans:
        prod_i = p.product if p.product is not None else m.rng.choice((0, 1))  # the 48 h products
        name, spec, price, _ph, _ft, ship_from, _listed = KS_PRODUCTS[prod_i]
        region = p.region or m.region()
        qty = m.rng.choice((1, 1, 1, 2, 3))
        paid_amt = f"{float(price) * qty:.2f}"
        created = p.paid - timedelta(seconds=m.rng.randint(5, 300))
        shipped = p.shipped
        if p.cancelled:
            status = "交易关闭"
        elif shipped is None:
            status = "待发货"
        elif shipped < AS_OF - timedelta(days=10):
            status = "交易成功"
        else:
            status = "已发货"
        carrier = m.rng.choice(CARRIERS) if shipped else ""
        tracking = m.digits("7", 14) if shipped else ""
        after_sale = "退款成功" if p.cancelled else ""
        rows.append(
            [
                m.digits("22", 16),
                "",
                "",
                fmt(created),
                fmt(p.paid),
                "",
                status,
                paid_amt,
                "0.00",
                "0.00",
                "0.00",
                "0.00",
                "0.00",
                "0.00",
                m.rng.choice(("微信支付", "支付宝", "快手支付")),
                str(qty),
                m.rng.choice(("", "", "请尽快发货", "不要放快递柜")),
                "快手账号",
                "",
                "",
                "",
                after_sale,
                "否",
                fmt(p.deadline),
                "实物订单",
                name,
                KS_PRODUCT_IDS[prod_i],
                spec,
                f"SKU-{prod_i + 1:03d}",
                price,
                "直播间",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                m.name(),
                m.phone(),
                region[0],
                region[1],
                region[2],
                region[3],
                f"{region[0]}{region[1] if region[1] != region[0] else ''}{region[2]}{m.address(region)}",
                fmt(shipped),
                carrier,
                tracking,
                "",
                "",
                "",
                "默认仓库",
                ship_from,
                "",
                "",
                "",
                "",
                "",
            ]
        )
    return rows, plans


KS_PRODUCT_IDS = ("21087465123", "21139874521", "21154325876", "21160000888", "21190123456")

# --- Douyin 抖店 ---------------------------------------------------------------------------------

DY_HEADERS = (
    "主订单编号",
    "子订单编号",
    "选购商品",
    "商品规格",
    "商品数量",
    "商品ID",
    "商家编码",
    "商品单价",
    "订单应付金额",
    "运费",
    "优惠总金额",
    "平台优惠",
    "商家优惠",
    "达人优惠",
    "商家改价",
    "支付优惠",
    "红包抵扣",
    "支付方式",
    "手续费",
    "收件人",
    "收件人手机号",
    "省",
    "市",
    "区",
    "街道",
    "详细地址",
    "是否修改过地址",
    "地址修改时段",
    "买家留言",
    "订单提交时间",
    "旗帜颜色",
    "商家备注",
    "订单完成时间",
    "支付完成时间",
    "APP渠道",
    "流量来源",
    "订单状态",
    "承诺发货时间",
    "订单类型",
    "鲁班落地页ID",
    "达人ID",
    "达人昵称",
    "所属门店ID",
    "售后状态",
    "取消原因",
    "预约发货时间",
    "仓库ID",
    "仓库名称",
    "序列号",
    "是否安心购",
    "广告渠道",
    "流量类型",
    "流量体裁",
    "流量渠道",
    "发货主体",
    "发货主体明细",
    "发货时间",
    "降价类优惠",
    "平台实际承担优惠金额",
    "商家实际承担优惠金额",
    "达人实际承担优惠金额",
    "预计送达时间",
    "是否平台仓自流转",
    "车型",
    "商品69码",
    "发货SN码",
    "发货IMEI码1",
    "发货IMEI码2",
    "预约送达时间",
    "建议发货时间（起）",
    "建议发货时间（止）",
    "物流SN码",
    "物流IMEI码1",
    "物流IMEI码2",
    # custom-export fields the seller added (抖店 lets sellers choose): logistics
    "快递公司",
    "快递单号",
    "揽收时间",
)

DY_PRODUCTS: tuple[tuple[str, str, str, str, int], ...] = (
    ("3564871230012345678", "云南小粒咖啡豆 中度烘焙 454g", "454g", "68.00", 48),
    ("3571209876543210987", "加厚珊瑚绒睡衣女冬季套装", "粉色 L", "89.90", 48),
    ("3580011122233344455", "儿童保温杯 316不锈钢 500ml", "蓝色", "45.00", 48),
    ("3592233445566778899", "手机支架 桌面懒人折叠", "黑色", "12.80", 24),
)


def douyin(m: Maker) -> tuple[list[list[str]], list[Plan]]:
    """Douyin sub-order rows and their plans (one plan per sub-order)."""
    plans: list[Plan] = []
    plans += bulk_plans(m, datetime(2022, 11, 1), datetime(2022, 12, 18), 50, 48)
    # D1: paid on both sides of 2022-12-19 12:00:00, all shipped after the 24 h promise.
    for paid, promise in (
        (datetime(2022, 12, 19, 11, 59, 59), 24),
        (datetime(2022, 12, 19, 12, 0, 0), 24),
        (datetime(2022, 12, 19, 12, 0, 1), 24),
        (datetime(2022, 12, 18, 9, 0, 0), 24),
    ):
        deadline = paid + timedelta(hours=promise)
        side = "before" if paid < datetime(2022, 12, 19, 12) else "at/after"
        plans.append(
            Plan(
                f"D1 {side} 2022-12-19 12:00:00: shipped after the deadline",
                "late",
                paid,
                deadline,
                deadline + timedelta(hours=10),
                product=3,
                note="compensated (paid before suspension)"
                if side == "before"
                else "compensation suspended",
            )
        )
    for paid in (datetime(2022, 12, 17, 16, 30, 0), datetime(2022, 12, 19, 13, 0, 0)):
        deadline = paid + timedelta(hours=24)
        side = "before" if paid < datetime(2022, 12, 19, 12) else "after"
        plans.append(
            Plan(
                f"D1 {side} 2022-12-19 12:00:00: shipped late",
                "late",
                paid,
                deadline,
                deadline + timedelta(hours=3),
                product=3,
            )
        )
    plans += open_plans(m, 48)
    plans += cancelled_plans(m, datetime(2022, 11, 1), datetime(2022, 12, 20), 5, 48)

    rows: list[list[str]] = []
    dup_tracking = m.digits("7531", 15)
    dup_done = 0
    i = 0
    while i < len(plans):
        # every 6th main order carries two sub-orders sharing payment and deadline
        group = [plans[i]]
        if i % 6 == 5 and i + 1 < len(plans) and plans[i + 1].scenario.startswith("bulk"):
            nxt = plans[i + 1]
            nxt.paid, nxt.deadline, nxt.shipped, nxt.expected = (
                plans[i].paid,
                plans[i].deadline,
                plans[i].shipped,
                plans[i].expected,
            )
            nxt.scenario = plans[i].scenario + " (second sub-order)"
            group.append(nxt)
        i += len(group)
        main_id = m.digits("49", 19)
        region = m.region()
        receiver, phone = m.name(), m.phone()
        addr = m.address(region)
        carrier = m.rng.choice(CARRIERS) if group[0].shipped else ""
        tracking = m.digits("7531", 15) if group[0].shipped else ""
        if group[0].shipped and group[0].expected == "on_time" and dup_done < 2:
            tracking = dup_tracking  # D1 FAQ Q3: same waybill, two different receivers
            carrier = "中通快递"
            for g in group:
                g.scenario += "; duplicate tracking number to a different receiver (false shipping)"
            dup_done += 1
        for g in group:
            prod = DY_PRODUCTS[g.product if g.product is not None else m.rng.randrange(3)]
            qty = m.rng.choice((1, 1, 2))
            payable = f"{float(prod[3]) * qty:.2f}"
            if g.cancelled:
                status, cancel, after = (
                    "已关闭",
                    m.rng.choice(("买家取消订单", "拍错/多拍/不想要", "未按约定时间发货")),
                    "退款成功",
                )
            elif g.shipped is None:
                status, cancel, after = "待发货", "", ""
            elif g.shipped < AS_OF - timedelta(days=8):
                status, cancel, after = "已完成", "", ""
            else:
                status, cancel, after = "已发货", "", ""
            pickup = g.shipped + m.minutes(1, 8) if g.shipped else None
            row = {h: "" for h in DY_HEADERS}
            row.update(
                {
                    "主订单编号": main_id,
                    "子订单编号": m.digits("49", 19),
                    "选购商品": prod[1],
                    "商品规格": prod[2],
                    "商品数量": str(qty),
                    "商品ID": prod[0],
                    "商家编码": f"DY{prod[0][-4:]}",
                    "商品单价": prod[3],
                    "订单应付金额": payable,
                    "运费": "0",
                    "优惠总金额": "0",
                    "支付方式": m.rng.choice(("抖音支付", "微信", "支付宝")),
                    "手续费": "0",
                    "收件人": receiver,
                    "收件人手机号": phone,
                    "省": region[0],
                    "市": region[1],
                    "区": region[2],
                    "街道": region[3],
                    "详细地址": addr,
                    "是否修改过地址": "否",
                    "买家留言": m.rng.choice(("", "", "送人的，别放发票")),
                    "订单提交时间": fmt(g.paid - timedelta(seconds=m.rng.randint(3, 200)), "/"),
                    "订单完成时间": fmt(g.shipped + timedelta(days=4), "/")
                    if status == "已完成" and g.shipped
                    else "",
                    "支付完成时间": fmt(g.paid, "/"),
                    "APP渠道": "抖音",
                    "流量来源": "直播",
                    "订单状态": status,
                    "承诺发货时间": fmt(g.deadline, "/"),
                    "订单类型": "普通订单",
                    "售后状态": after,
                    "取消原因": cancel,
                    "仓库名称": "杭州主仓",
                    "发货时间": fmt(g.shipped, "/"),
                    "快递公司": carrier,
                    "快递单号": tracking,
                    "揽收时间": fmt(pickup, "/"),
                }
            )
            # like the real csv: long ids carry a tab so spreadsheet apps keep them as text
            for key in ("主订单编号", "子订单编号", "商品ID", "快递单号"):
                if row[key]:
                    row[key] = row[key] + "\t"
            rows.append([row[h] for h in DY_HEADERS])
            g.note = g.note or f"main order {main_id}"
    return rows, plans


# --- AliExpress 速卖通 -------------------------------------------------------------------------------

AE_HEADERS = (
    "订单号",
    "订单状态",
    "负责人(业务员)",
    "买家名称",
    "下单时间",
    "付款时间",
    "产品总金额",
    "物流费用",
    "订单金额",
    "满立减",
    "产品信息（双击单元格展开所有产品信息！）",
    "订单备注",
    "收货地址",
    "收货人名称",
    "收货国家",
    "州/省",
    "城市",
    "地址",
    "邮编",
    "联系电话",
    "手机",
    "买家选择物流",
    "发货期限",
    "实际发货物流:运单号",
    "发货时间",
    "确认收货时间",
    "店铺",
    "商品ID",
    "订单业务模式",
)

# (product id, name, listed, last-month sales, mode)
AE_PRODUCTS: tuple[tuple[str, str, date, int, str], ...] = (
    (
        "1005004871234567",
        "LED Strip Lights RGB 5m 灯带",
        date(2024, 5, 3),
        3,
        "JIT揽收",
    ),  # new and slow
    ("1005004412345678", "Silicone Phone Case 手机壳", date(2021, 6, 15), 7, "JIT揽收"),  # slow
    (
        "1005003998877665",
        "Stainless Steel Kitchen Knife Set 刀具",
        date(2021, 3, 2),
        240,
        "JIT揽收",
    ),  # normal
    ("1005004899990001", "Bamboo Toothbrush 10pcs 竹牙刷", date(2024, 4, 30), 0, "JIT自寄"),  # new
    ("1005002233445566", "Wireless Earbuds 蓝牙耳机", date(2020, 9, 9), 560, "JIT自寄"),  # normal
    (
        "1005004700000002",
        "Cat Toy Feather Wand 逗猫棒",
        date(2024, 5, 7),
        2,
        "POP",
    ),  # new and slow
    ("1005001122334455", "Yoga Mat 6mm 瑜伽垫", date(2020, 1, 10), 180, "POP"),  # normal
)
AE_BUYERS = (
    ("Maria Garcia", "Spain", "Madrid", "Madrid"),
    ("John Smith", "United States", "California", "Los Angeles"),
    ("Olga Ivanova", "Russian Federation", "Moskva", "Moscow"),
    ("Lucas Martin", "France", "Ile-de-France", "Paris"),
    ("Ana Souza", "Brazil", "Sao Paulo", "Sao Paulo"),
    ("Kim Min-jun", "Korea", "Seoul", "Seoul"),
)


@dataclass
class AEPlan:
    """An AliExpress order: product, payment time, and its logistics events (None = not yet)."""

    scenario: str
    product: int
    paid: datetime
    picked_up: datetime | None = None
    online: datetime | None = None
    warehouse: datetime | None = None
    cancelled: bool = False


def aliexpress() -> list[AEPlan]:
    """AliExpress scenarios in May 2024 (A1 is in force from 2024-04-12).

    Deadlines are the engine's job (A1/A3 with the chinesecalendar working days); events are placed
    around them. Labour Day 2024: 05-01 … 05-05 are holidays, Sun 04-28 and Sat 05-11 are make-up
    working days (调休).
    """
    d = datetime
    j, s, pop = 0, 3, 5  # new/slow JIT揽收, new JIT自寄, new/slow POP products
    p: list[AEPlan] = [
        # A1 JIT pickup: 13:59 vs 14:00 on Friday 05-17 (T+2 = Tue 05-21 23:59, T+3 = Wed 05-22 23:59)
        AEPlan(
            "A1 JIT揽收 relaxed, paid Fri 05-17 13:59 → T+2 working days = 05-21 23:59; unshipped → at_risk",
            j,
            d(2024, 5, 17, 13, 59),
        ),
        AEPlan(
            "A1 JIT揽收 relaxed, paid Fri 05-17 14:00 → T+3 working days = 05-22 23:59; unshipped → pending",
            j,
            d(2024, 5, 17, 14, 0),
        ),
        AEPlan(
            "A1 JIT揽收 relaxed, paid Fri 05-17 13:59, picked up Tue 05-21 16:00 → on time",
            1,
            d(2024, 5, 17, 13, 59),
            picked_up=d(2024, 5, 21, 16, 0),
            online=d(2024, 5, 21, 17, 30),
        ),
        AEPlan(
            "A1 JIT揽收 relaxed, paid Thu 05-16 15:00 → T+3 = Tue 05-21 23:59 (weekend skipped); picked up 05-21 10:00 → on time",
            1,
            d(2024, 5, 16, 15, 0),
            picked_up=d(2024, 5, 21, 10, 0),
            online=d(2024, 5, 21, 12, 0),
        ),
        AEPlan(
            "A1 JIT揽收 relaxed, paid Mon 05-13 10:00 → T+2 = Wed 05-15 23:59; picked up 05-16 09:00 → late",
            j,
            d(2024, 5, 13, 10, 0),
            picked_up=d(2024, 5, 16, 9, 0),
            online=d(2024, 5, 16, 11, 0),
        ),
        AEPlan(
            "A1 JIT揽收 relaxed, paid Tue 05-14 09:00 → T+2 = Thu 05-16 23:59; never picked up → overdue",
            1,
            d(2024, 5, 14, 9, 0),
        ),
        # Labour Day holidays skipped; make-up working day Sat 05-11 counted
        AEPlan(
            "A1 JIT揽收 relaxed, paid Tue 04-30 13:59 → T+2 = 05-07 23:59 (05-01…05-05 holidays skipped); picked up 05-07 15:00 → on time",
            1,
            d(2024, 4, 30, 13, 59),
            picked_up=d(2024, 5, 7, 15, 0),
            online=d(2024, 5, 7, 18, 0),
        ),
        AEPlan(
            "A1 JIT揽收 relaxed, paid Tue 04-30 14:00 → T+3 = 05-08 23:59; picked up 05-08 20:00 → on time",
            1,
            d(2024, 4, 30, 14, 0),
            picked_up=d(2024, 5, 8, 20, 0),
            online=d(2024, 5, 8, 22, 0),
        ),
        AEPlan(
            "A1 JIT揽收 relaxed, paid Tue 04-30 13:59 → T+2 = 05-07 23:59; picked up 05-08 11:00 → late",
            1,
            d(2024, 4, 30, 13, 59),
            picked_up=d(2024, 5, 8, 11, 0),
            online=d(2024, 5, 8, 13, 0),
        ),
        AEPlan(
            "A1 JIT揽收 relaxed, paid Fri 05-10 13:59 → T+2 = Mon 05-13 23:59 (Sat 05-11 is a make-up working day); picked up 05-14 10:00 → late",
            1,
            d(2024, 5, 10, 13, 59),
            picked_up=d(2024, 5, 14, 10, 0),
            online=d(2024, 5, 14, 12, 0),
        ),
        # Standard JIT pickup (normal product 2): T+0 / T+1 23:59 [inferred]
        AEPlan(
            "JIT揽收 standard, paid 05-15 10:00 → T+0 23:59; picked up same day → on time",
            2,
            d(2024, 5, 15, 10, 0),
            picked_up=d(2024, 5, 15, 18, 0),
            online=d(2024, 5, 15, 21, 0),
        ),
        AEPlan(
            "JIT揽收 standard, paid 05-15 10:00 → T+0 23:59; picked up next day → late",
            2,
            d(2024, 5, 15, 10, 0),
            picked_up=d(2024, 5, 16, 10, 0),
            online=d(2024, 5, 16, 12, 0),
        ),
        AEPlan(
            "JIT揽收 standard, paid 05-21 15:00 → T+1 = 05-22 23:59; unshipped → pending",
            2,
            d(2024, 5, 21, 15, 0),
        ),
        AEPlan(
            "JIT揽收 standard, paid 05-21 10:00 → T+0 = 05-21 23:59; unshipped → at_risk",
            2,
            d(2024, 5, 21, 10, 0),
        ),
        AEPlan(
            "JIT揽收 standard, paid 05-20 09:00 → T+0 = 05-20 23:59; unshipped → overdue",
            2,
            d(2024, 5, 20, 9, 0),
        ),
        # JIT self-send: relaxed 96 h to warehouse (product 3), standard 48 h (product 4)
        AEPlan(
            "A1 JIT自寄 relaxed 96 h: paid 05-13 10:00, at warehouse 05-16 18:00 → on time",
            s,
            d(2024, 5, 13, 10, 0),
            warehouse=d(2024, 5, 16, 18, 0),
        ),
        AEPlan(
            "A1 JIT自寄 relaxed 96 h: paid 05-13 10:00, at warehouse 05-17 11:00 → late",
            s,
            d(2024, 5, 13, 10, 0),
            warehouse=d(2024, 5, 17, 11, 0),
        ),
        AEPlan(
            "A1 JIT自寄 relaxed 96 h: paid 05-18 02:00 → deadline 05-22 02:00; not arrived → at_risk",
            s,
            d(2024, 5, 18, 2, 0),
        ),
        AEPlan(
            "A1 JIT自寄 relaxed 96 h: paid 05-19 09:00 → deadline 05-23 09:00; not arrived → pending",
            s,
            d(2024, 5, 19, 9, 0),
        ),
        AEPlan(
            "JIT自寄 standard 48 h: paid 05-14 10:00 → deadline 05-16 10:00; arrived 05-16 16:00 → late",
            4,
            d(2024, 5, 14, 10, 0),
            warehouse=d(2024, 5, 16, 16, 0),
        ),
        AEPlan(
            "JIT自寄 standard 48 h: paid 05-18 10:00 → deadline 05-20 10:00; not arrived → overdue",
            4,
            d(2024, 5, 18, 10, 0),
        ),
        # POP (first online scan): A1 72 h for product 5; Sundays not counted (A3)
        AEPlan(
            "A1 POP relaxed 72 h online: paid Fri 05-17 10:00, Sunday not counted → deadline Tue 05-21 10:00; online 05-21 09:00 → on time",
            pop,
            d(2024, 5, 17, 10, 0),
            online=d(2024, 5, 21, 9, 0),
        ),
        AEPlan(
            "A1 POP relaxed 72 h online: paid Mon 05-13 10:00 → deadline Thu 05-16 10:00; online 05-16 20:00 → late",
            pop,
            d(2024, 5, 13, 10, 0),
            online=d(2024, 5, 16, 20, 0),
        ),
        AEPlan(
            "A1 POP relaxed 72 h online: paid Sat 05-18 20:00 (Sunday skipped) → deadline Wed 05-22 20:00; not online → pending",
            pop,
            d(2024, 5, 18, 20, 0),
        ),
        AEPlan(
            "A1 POP relaxed 72 h online: paid Fri 05-17 22:00 (Sunday skipped) → deadline Tue 05-21 22:00; not online → at_risk",
            pop,
            d(2024, 5, 17, 22, 0),
        ),
        AEPlan(
            "A1 POP relaxed 72 h online: paid Mon 05-13 09:00 → deadline 05-16 09:00; not online → overdue",
            pop,
            d(2024, 5, 13, 9, 0),
        ),
        AEPlan(
            "POP standard (normal product 6, promise 48 h): online within 24 h → on time",
            6,
            d(2024, 5, 15, 9, 0),
            online=d(2024, 5, 15, 20, 0),
        ),
    ]
    for k in range(3):  # cancelled before shipping
        p.append(
            AEPlan(
                "cancelled before shipping → excluded",
                (0, 2, 5)[k],
                d(2024, 5, 11 + k, 11, 0),
                cancelled=True,
            )
        )
    # bulk: normal products shipped promptly on working days, April-May 2024
    rng = random.Random(SEED + 1)
    import chinese_calendar

    while len(p) < 99:
        prod = rng.choice((2, 4, 6))
        paid = datetime(2024, 4, 1) + timedelta(minutes=rng.randrange(60 * 24 * 42))
        if not chinese_calendar.is_workday(paid.date()):
            continue
        paid = paid.replace(hour=rng.randint(8, 12))
        mode = AE_PRODUCTS[prod][4]
        if mode == "JIT揽收":
            pick = paid.replace(hour=17, minute=rng.randint(0, 59))
            p.append(
                AEPlan(
                    "bulk JIT揽收 picked up the same working day → on time",
                    prod,
                    paid,
                    picked_up=pick,
                    online=pick + timedelta(hours=3),
                )
            )
        elif mode == "JIT自寄":
            p.append(
                AEPlan(
                    "bulk JIT自寄 at warehouse within 40 h → on time",
                    prod,
                    paid,
                    warehouse=paid + timedelta(hours=rng.randint(20, 40)),
                )
            )
        else:
            p.append(
                AEPlan(
                    "bulk POP online within 20 h → on time",
                    prod,
                    paid,
                    online=paid + timedelta(hours=rng.randint(4, 20)),
                )
            )
    p.sort(key=lambda x: x.paid)
    return p


# --- writers -------------------------------------------------------------------------------------


def write_xlsx(
    path: Path, sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence[object]]]]
) -> None:
    """A workbook with one sheet per (name, headers, rows); strings stay strings."""
    wb = Workbook()
    first = True
    for name, headers, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        assert ws is not None
        ws.title = name
        first = False
        ws.append(list(headers))
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = "ShipCheck demo"
    wb.properties.created = datetime(2022, 12, 20, 18, 0, 0)
    wb.properties.modified = datetime(2022, 12, 20, 18, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so the demo files are byte-for-byte reproducible."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2022, 12, 20, 18, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2022-12-20T10:00:00Z", body
                )
            dst.writestr(zi, body)
    return out.getvalue()


def product_rows(platform: str) -> list[list[object]]:
    """The product sheet rows for one platform."""
    rows: list[list[object]] = []
    if platform == "kuaishou":
        for pid, (name, _s, _p, hours, ft, ship_from, listed) in zip(
            KS_PRODUCT_IDS, KS_PRODUCTS, strict=True
        ):
            rows.append(
                [
                    pid,
                    name,
                    listed.isoformat(),
                    120 if ft else 3000,
                    hours,
                    "是" if ft else "否",
                    ship_from,
                    "",
                ]
            )
    elif platform == "douyin":
        for pid, name, _s, _p, hours in DY_PRODUCTS:
            rows.append(
                [
                    pid,
                    name,
                    "2022-08-01",
                    150,
                    hours,
                    "是",
                    "浙江省杭州市余杭区仓前街道良睦路88号",
                    "",
                ]
            )
    else:
        for pid, name, listed, sales, mode in AE_PRODUCTS:
            rows.append(
                [
                    pid,
                    name,
                    listed.isoformat(),
                    sales,
                    48 if mode == "POP" else "",
                    "是",
                    "广东省深圳市龙岗区坂田街道五和大道18号",
                    mode,
                ]
            )
    return rows


PRODUCT_HEADERS = (
    "商品ID",
    "商品名称",
    "上架时间",
    "上月销量",
    "承诺发货时长(小时)",
    "是否使用运费模板",
    "发货地址",
    "履约模式",
)

AREAS = (
    ("上海市", "2022-03-28", "2022-06-01", "全市静态管理"),
    ("北京市朝阳区", "2022-11-24", "2022-12-31", ""),
    ("广州市海珠区", "2022-10-25", "2022-11-30", ""),
    ("吉林省长春市", "2022-03-11", "2022-04-28", ""),
    ("辽宁省沈阳市", "2022-04-01", "2022-04-25", ""),
    ("湖北省武汉市洪山区", "2022-11-10", "2022-11-20", ""),
)


def main(argv: Sequence[str]) -> int:
    """Write every demo file into argv[0] (default: this script's folder)."""
    out = Path(argv[0]) if argv else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    m = Maker()
    expected: list[list[str]] = []

    ks_rows, ks_plans = kuaishou(m)
    order = sorted(range(len(ks_rows)), key=lambda i: ks_plans[i].paid)
    ks_rows = [ks_rows[i] for i in order]
    ks_plans = [ks_plans[i] for i in order]
    half = len(ks_rows) // 2
    write_xlsx(
        out / "kuaishou_orders.xlsx",
        [("订单列表1", KS_HEADERS, ks_rows[:half]), ("订单列表2", KS_HEADERS, ks_rows[half:])],
    )
    for r, p in zip(ks_rows, ks_plans, strict=True):
        expected.append(["kuaishou", str(r[0]), "", p.expected, p.scenario, p.note])

    dy_rows, dy_plans = douyin(m)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(DY_HEADERS)
    w.writerows(dy_rows)
    (out / "douyin_orders.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))
    for r, p in zip(dy_rows, dy_plans, strict=False):
        expected.append(["douyin", r[0].strip(), r[1].strip(), p.expected, p.scenario, p.note])

    ae = aliexpress()
    ae_rows: list[list[object]] = []
    log_rows: list[list[object]] = []
    rng = random.Random(SEED + 2)
    for p in ae:
        pid, pname, _listed, _sales, mode = AE_PRODUCTS[p.product]
        oid = m.digits("81", 16)
        buyer, country, state, city = rng.choice(AE_BUYERS)
        qty = rng.choice((1, 1, 2))
        price = rng.choice((3.99, 5.49, 12.80, 19.99, 25.00))
        total = round(price * qty, 2)
        event = {"JIT揽收": p.picked_up, "JIT自寄": p.warehouse, "POP": p.online}[mode]
        shipped_time = p.picked_up or p.online or p.warehouse
        if p.cancelled:
            status = "订单关闭"
        elif event is None:
            status = "等待您发货"
        elif (shipped_time or AS_OF) < AS_OF - timedelta(days=20):
            status = "已结束的订单"
        else:
            status = "等待买家收货"
        tracking = "" if shipped_time is None else f"LP00{rng.randint(10**11, 10**12 - 1)}"
        ae_rows.append(
            [
                oid,
                status,
                "李经理",
                buyer,
                p.paid - timedelta(minutes=rng.randint(1, 30)),
                p.paid,
                f"{total:.2f}",
                "0.00",
                f"{total:.2f}",
                "",
                f"{pname}\n商品编码:{pid}\n数量: {qty}",
                "",
                f"{city}, {state}, {country}",
                buyer,
                country,
                state,
                city,
                f"Calle/Street {rng.randint(1, 300)}",
                f"{rng.randint(10000, 99999)}",
                "",
                "+00 *****" + str(rng.randint(1000, 9999)),
                "AliExpress Standard Shipping",
                "",
                tracking,
                shipped_time if shipped_time else "",
                "",
                "ShipCheck Demo Store",
                pid,
                "半托管",
            ]
        )
        if not p.cancelled:
            log_rows.append([oid, mode, p.picked_up or "", p.online or "", p.warehouse or ""])
        expected_status = _ae_expected(p.scenario, p.cancelled)
        expected.append(["aliexpress", oid, "", expected_status, p.scenario, mode])
    write_xlsx(out / "aliexpress_orders.xlsx", [("订单", AE_HEADERS, ae_rows)])
    write_xlsx(
        out / "aliexpress_logistics.xlsx",
        [("物流", ("订单号", "履约模式", "揽收时间", "上网时间", "到仓时间"), log_rows)],
    )

    for platform in ("kuaishou", "douyin", "aliexpress"):
        write_xlsx(
            out / f"{platform}_products.xlsx", [("商品", PRODUCT_HEADERS, product_rows(platform))]
        )

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(("地区", "开始日期", "结束日期", "备注"))
    w.writerows(AREAS)
    (out / "affected_areas.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(("platform", "order_id", "sub_order_id", "designed_status", "scenario", "note"))
    w.writerows(expected)
    (out / "expected.csv").write_text(buf.getvalue(), encoding="utf-8")
    return 0


def _ae_expected(scenario: str, cancelled: bool) -> str:
    """The status an AliExpress scenario was designed for (its text ends with '→ status')."""
    if cancelled:
        return "excluded"
    tail = scenario.rsplit("→", 1)[-1].strip()
    return tail.replace("on time", "on_time").split()[0]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
