"""Informational rules K5, K6, D3, D4: nothing is computed from them; reports quote them.

Each entry carries the rule id, the seed it comes from, verbatim Chinese quotes and an English
rendering, so a penalty or appeal report can cite the platform's own words. Seed 000 (D3, D4) is
quoted character for character; seed 002 (K5, K6) reached us as a traditional-character rendering
of a simplified-Chinese page, so its quotes are given in simplified characters, word for word.
"""

from __future__ import annotations

from dataclasses import dataclass

from policies.records import Platform


@dataclass(frozen=True, slots=True)
class InfoRule:
    """A rule the reports cite but the engine does not compute."""

    rule: str
    platform: Platform
    seed: str
    title: str
    title_en: str
    quotes: tuple[str, ...]  # verbatim from the seed
    summary_en: str


INFO_RULES: tuple[InfoRule, ...] = (
    InfoRule(
        rule="K5",
        platform=Platform.KUAISHOU,
        seed="seed 002",
        title="《快手小店商户违规管理规则》修订（2023-02-16 生效）",
        title_en="Kuaishou merchant violation rules, revised 2023-02-08, effective 2023-02-16",
        quotes=(
            "本规则于2023年2月8日修订，于2023年2月16日生效。",
            "下架全部商品、禁止上架新商品是指平台对违规方在快手小店发布上传的商品进行下架，"
            "以限制其被营销推广、出售，且限制已下架的商品重新上架和限制发布上传新商品。",
            "暂停使用购物车功能是指暂停违规方使用电商直播功能、电商短视频功能在使用直播功能、"
            "短视频功能期间推广销售商品/服务，且在违规方的个人主页关闭其店铺入口。",
            "新增禁言、违规短视频减少推荐等违规处理措施。",
        ),
        summary_en=(
            "Possible measures: take down all products and ban new listings; suspend the shopping "
            "cart (no selling in live streams or short videos, shop entrance closed on the "
            "profile); "
            "new: mute private messages and reduce recommendation of violating short videos."
        ),
    ),
    InfoRule(
        rule="K6",
        platform=Platform.KUAISHOU,
        seed="seed 002",
        title="快手电商信任购专区",
        title_en="Kuaishou trust-purchase zone (信任购)",
        quotes=(
            "信任购是快手电商打造的首个信任电商品牌，整合了多项商品和售后保障权益。",
            "开通信任购的商家可获得：平台专属标识背书，在用户下单全链路展示；"
            "直播与货架流量倾斜，帮助提升商品转化复购；平台营销资源倾斜，获得更多大促流量奖励；"
            "提升售后服务质量，助力购物体验分提升。",
        ),
        summary_en=(
            "Benefits of the trust-purchase label: a platform badge along the whole order flow, "
            "more live and shelf traffic, more campaign resources, better after-sales quality. "
            "No thresholds are stated."
        ),
    ),
    InfoRule(
        rule="D3",
        platform=Platform.DOUYIN,
        seed="seed 000",
        title="抖音电商商家复产护航计划（2022-05-15 启动）",
        title_en="Douyin merchant recovery programme (started 2022-05-15)",
        quotes=(
            "抖音电商“商家复产护航计划”投入25亿流量补贴,是面向受疫情影响的商家推出的九项帮扶举措,"
            "覆盖全国百余县市区,旨在保障消费者权益、帮助商家恢复生产和经营热度。",
            "5月15日启动,覆盖上海、北京、武汉、长春、沈阳等全国百余县市区,并根据疫情变化动态调整。",
        ),
        summary_en=(
            "2.5 billion traffic subsidy, nine support measures for epidemic-affected merchants in "
            "100+ counties including Shanghai, Beijing, Wuhan, Changchun and Shenyang; adjusted "
            "with the epidemic. Its area list can seed the affected-area table."
        ),
    ),
    InfoRule(
        rule="D4",
        platform=Platform.DOUYIN,
        seed="seed 000",
        title="抖音电商作者护航计划",
        title_en="Douyin creator protection plan",
        quotes=(
            "新入驻电商创作者需满足以下条件,平台在全部条件满足后的第二日自动识别并推送通知:"
            "首次开通电商权限;足额缴纳基础保证金,并开通直播或短视频商品分享功能;"
            "创作者及其关联账号无重大违规行为或风险,且经平台排查不存在危及交易或平台安全的情形。",
        ),
        summary_en=(
            "Eligibility: first-time e-commerce permission, full basic deposit, live or "
            "short-video product sharing enabled, no major violations or risks; the platform "
            "notifies eligible creators the day after all conditions are met."
        ),
    ),
)


def info_for(platform: Platform) -> tuple[InfoRule, ...]:
    """The informational rules of one platform, in rule-id order."""
    return tuple(r for r in INFO_RULES if r.platform == platform)


def info_rule(rule_id: str) -> InfoRule:
    """One informational rule by id (KeyError if unknown)."""
    for r in INFO_RULES:
        if r.rule == rule_id:
            return r
    raise KeyError(rule_id)
