"""The announcement clauses the reports quote, verbatim from the seed announcements.

Each quote is copied from ``shared/seeds/<seed>_*.txt`` (the platforms' Chinese originals as
collected). Two mechanical clean-ups only: blank lines between paragraphs are collapsed, and seed
002 (a Traditional-character reprint of Kuaishou's announcement) has the romanisation that the
reprinting site inserted after some characters ("現(xiàn)貨") removed.
``tests/reports/test_clauses.py`` checks every quote against the seed files.

A report cites a clause as 《title》marker, e.g. 《快手电商疫情影响下商家发货考核更新》〖壹〗.
"""

# ruff: noqa: E501  (verbatim quotes are kept on one line each)
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Announcement:
    """One seed announcement: its title as the reports cite it, and when it was published."""

    seed: str
    title: str
    title_en: str
    published: str  # as stated by the source, "" when it gives none
    secondary: bool = False  # a third-party article rather than the platform's own notice


@dataclass(frozen=True, slots=True)
class Clause:
    """A quotable clause: its rule id, announcement, marker within it and verbatim text."""

    key: str
    rule: str
    announcement: Announcement
    marker: str  # e.g. "〖壹〗", "FAQ Q5", "" when the announcement has no numbering there
    text: str

    def citation(self, english: bool = False) -> str:
        """'《title》〖壹〗' (or the English title) with the seed number."""
        title = self.announcement.title_en if english else self.announcement.title
        mark = f" {self.marker}" if self.marker else ""
        if english:
            return f"“{title}”{mark} (seed {self.announcement.seed})"
        return f"《{title}》{mark}（seed {self.announcement.seed}）"


ANNOUNCEMENTS: dict[str, Announcement] = {
    "000": Announcement(
        "000",
        "快手电商疫情影响下商家发货考核更新",
        "Kuaishou e-commerce: shipping assessment update under the epidemic",
        "2022-06-21",
    ),
    "001": Announcement(
        "001",
        "快手电商疫情下商家发货考核全面升级（转载文章）",
        "Kuaishou shipping assessment upgraded (third-party article)",
        "2024-08-14",
        secondary=True,
    ),
    "002": Announcement(
        "002",
        "快手电商高现货商家超时未发货可免处罚公告",
        "Kuaishou: overdue-unshipped penalty waiver for high-in-stock merchants",
        "2023-02-15",
    ),
    "002-K5": Announcement(
        "002",
        "快手小店商户违规管理规则（2023-02-08 修订，2023-02-16 生效）",
        "Kuaishou shop merchant violation rules (revised 2023-02-08, effective 2023-02-16)",
        "2023-02-08",
    ),
    "003": Announcement(
        "003",
        "抖音疫情期间商家最新发货及服务调整公告",
        "Douyin: shipping and service adjustments during the epidemic",
        "",
    ),
    "004": Announcement(
        "004",
        "速卖通半托管放宽发货时效考核",
        "AliExpress semi-managed: relaxed shipping-time assessment",
        "2024-04-12",
    ),
}

_QUOTES: dict[str, tuple[str, str, str, str]] = {
    "K1_1": (
        "K1",
        "000",
        "〖壹〗",
        "受影响订单的考核豁免承诺发货时间、发货地址或收货地址位于受疫情影响区域的实物订单,将不纳入及时发货率、揽收异常率指标的计算,且不会因延迟发货被扣款。需注意,小店星级考核基于滚动数据,若公告范围内的订单被剔除,系统将沿用之前的数据进行考核。",
    ),
    "K1_2": (
        "K1",
        "000",
        "〖贰〗",
        "核心调整范围承诺发货时间、发货地址或收货地址位于受疫情影响区域的实物订单,将不纳入及时发货率、揽收异常率指标计算,且不进行延迟发货扣款。其他未受影响地区的订单仍按原标准考核。",
    ),
    "K1_4": (
        "K1",
        "000",
        "〖肆〗",
        "6月21日,快手电商发布公告,针对疫情导致的物流问题,对相关地区的物流考核进行临时调整。受影响区域商家若无法履约发货或保证物流时效,可申请考核保护。但好运来、零元购等不使用运费模板的商品,因无发货地址无法识别疫情区域,不享受考核保护。",
    ),
    "K2_3": (
        "K2",
        "000",
        "〖叁〗",
        "快手电商自2022年7月11日起恢复商家延迟发货主动赔付消费者服务,具体内容如下:赔付规则与费用来源当商家因自身责任导致订单超承诺时效未发货时,系统将主动向消费者发放优惠券作为赔付。赔付费用直接从商家保证金中按单抵扣,确保消费者权益及时得到补偿。",
    ),
    "K3": (
        "K3",
        "001",
        "",
        "发货及时率是指商家在规定时间内发货的比例。快手电商新政策中规定,发货及时率占总分数的70%,如果商家发货及时率低于80%,将会被降权处理。",
    ),
    "K4_COND": (
        "K4",
        "002",
        "",
        "若商家同時滿足:支付訂單量>3000單、承諾現貨訂單占比>70%、及時發貨率≥97%,可享受豁免。",
    ),
    "K4_SCOPE": (
        "K4",
        "002",
        "",
        "豁免處罰權益次數每周1次(次數不累計,即:僅限當周使用,當周未用到則作廢,不累計至下周)。值得注意的是,僅豁免超時未發貨處罰,購物體驗分和延遲發貨訂單賠付仍正常進行。",
    ),
    "K5_DELIST": (
        "K5",
        "002-K5",
        "",
        "下架全部商品、禁止上架新商品是指平臺對違規方在快手小店發布上傳的商品進行下架,以限制其被營銷推廣、出售,且限制已下架的商品重新上架和限制發布上傳新商品。",
    ),
    "K5_CART": (
        "K5",
        "002-K5",
        "",
        "暫停使用購物車功能是指暫停違規方使用電商直播功能、電商短視頻功能在使用直播功能、短視頻功能期間推廣銷售商品/服務,且在違規方的個人主頁關閉其店鋪入口。",
    ),
    "K5_MUTE": (
        "K5",
        "002-K5",
        "",
        "新增禁言、違規短視頻減少推薦等違規處理措施。禁言是指暫停違規方使用其個人主頁的“發私信”功能;違規短視頻減少推薦是指減少違規方短視頻作品的曝光量。",
    ),
    "D1_1": (
        "D1",
        "003",
        "一、1",
        "(1)豁免内容:暂停全国范围内发货超时、揽收超时、发运超时订单的自动赔付\n(2)豁免周期:支付时间为2022年12月19日12:00:00(含)以后的订单豁免超时自动赔付,结束时间待定;\n(3)豁免范围:国内小店、跨境",
    ),
    "D1_Q1": (
        "D1",
        "003",
        "FAQ Q1",
        "Q1:2022年12月19日12:00:00(含)以后的订单豁免超时自动赔付,为什么这个时间点后还有收到赔付处罚通知?\nA:平台豁免周期为:支付时间为2022年12月19日12:00:00(含)以后的订单豁免超时自动赔付,结束时间待定;如果在上述时间之前支付的订单,产生的发货、揽收、发运超时违规仍会对收到赔付处罚。",
    ),
    "D1_Q3": (
        "D1",
        "003",
        "FAQ Q3",
        "Q3:物流规则调整中,是所有赔付类扣罚都豁免了吗?\nA:暂停发货超时、揽收超时、发运超时订单的自动赔付,但对于虚假发货如重复运单号、虚假签收等违规仍然会正常考核。",
    ),
    "D1_Q5": (
        "D1",
        "003",
        "FAQ Q5",
        "Q5:支付订单在19日之前的,还有很多订单受疫情影响无法发货怎么办呢?\nA:您可以在抖店-报备中心提前报备豁免判罚,详细可参考:data/upload/image/aHG7YWKaMvBe\n如果已经产生判罚,可以走申诉中心进行申诉,详细可参考《商家申诉管理规则》。",
    ),
    "D1_Q6": (
        "D1",
        "003",
        "FAQ Q6",
        "Q6:物流违规积分的处罚是否豁免?\nA:违规积分的处罚暂时没有豁免规则,如因不可抗力产生违规积分类处罚,可在申诉中心发起申诉。详细可参考《商家申诉管理规则》。",
    ),
    "D2": (
        "D2",
        "003",
        "一、2",
        "(1)豁免内容:当物流分全部指标和服务分部分指标的表现低于行业平均水平时,统一按行业均值计算分数,具体调整如下:\n物流体验:揽收及时率、配送时长、物流负反馈指标表现低于行业平均水平时,统一按行业均值给指标赋分重新计算物流分和体验分;\n服务体验:仅退款时长、退货退款时长、投诉率指标表现低于行业平均水平时,统一按行业均值给指标赋分重新计算服务分和体验分;\n(2)豁免周期:2022年12月22日~结束时间待定\n(3)豁免范围:国内小店、跨境",
    ),
    "A1": (
        "A1",
        "004",
        "",
        "针对30天内新发商品和上月销量≤10笔的商品,POP时效考核变为72H上网,JIT时效考核整体延长48H。\n即,上门揽收订单,14点前订单(T+2 23:59)前(即两个工作日后的23:59前)揽收并完成扫描;14点后到当天23:59的订单,(T+3 23:59)前揽收并完成扫描;自寄订单则需要在买家付款后96小时内到仓。",
    ),
    "A2": (
        "A2",
        "004",
        "",
        "第二是优质履约店铺免罚激励,当月店铺及时发货率≥95%的商家,对当月已罚扣金额(含POP及JIT订单),次月月底返还。",
    ),
    "A3": (
        "A3",
        "004",
        "",
        "第三是假期考核调整,POP周日发货剔除;JIT及POP公假具体剔除时间则以后续平台公告为准。",
    ),
}

CLAUSES: dict[str, Clause] = {
    key: Clause(key, rule, ANNOUNCEMENTS[announcement], marker, text)
    for key, (rule, announcement, marker, text) in _QUOTES.items()
}

#: Clauses an appeal relies on, per rule id of the order's verdict (most specific first).
APPEAL_CLAUSES: dict[str, tuple[str, ...]] = {
    "K1": ("K1_1", "K1_4"),
    "K2": ("K2_3",),
    "K4": ("K4_COND", "K4_SCOPE"),
    "D1": ("D1_1", "D1_Q1", "D1_Q5", "D1_Q6"),
    "D2": ("D2",),
    "A1": ("A1",),
    "A2": ("A2",),
    "A3": ("A3",),
}

#: Kuaishou K5: possible consequences of violations (informational; reports quote them).
K5_CONSEQUENCES: tuple[str, ...] = ("K5_DELIST", "K5_CART", "K5_MUTE")


def cite_grouped(clauses: list[Clause], english: bool = False) -> str:
    """Several clauses cited compactly, one announcement at a time:
    '《title》一、1、FAQ Q5；《title2》〖壹〗'."""
    groups: dict[str, list[Clause]] = {}
    for clause in clauses:
        groups.setdefault(clause.announcement.title, []).append(clause)
    parts = []
    for members in groups.values():
        ann = members[0].announcement
        marks = [c.marker for c in members if c.marker]
        if english:
            parts.append(f"“{ann.title_en}”" + (f" ({', '.join(marks)})" if marks else ""))
        else:
            parts.append(f"《{ann.title}》" + "、".join(marks))
    return "; ".join(parts) if english else "；".join(parts)


def clauses_for_rules(rules: tuple[str, ...] | list[str]) -> list[Clause]:
    """The clauses an appeal resting on `rules` quotes, deduplicated, in rule order."""
    keys: list[str] = []
    for rule in rules:
        for key in APPEAL_CLAUSES.get(rule, ()):
            if key not in keys:
                keys.append(key)
    return [CLAUSES[k] for k in keys]
