<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AreaDialog</name>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="105"/>
        <source>Affected area</source>
        <translation>受影响地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="108"/>
        <source>e.g. 上海市浦东新区</source>
        <translation>例如 上海市浦东新区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="112"/>
        <source>Still active (no end date)</source>
        <translation>仍在持续（无结束日期）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="130"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="131"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="133"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="134"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../../desktop_app/gui/tasks.py" line="290"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tasks.py" line="360"/>
        <source>Something went wrong. Please report the details below.</source>
        <translation>出现了问题，请把下面的详细信息反馈给开发者。</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="128"/>
        <source>The database file is damaged.</source>
        <translation>数据库文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="133"/>
        <source>No usable backup was found. The damaged file was left as it is: %1</source>
        <translation>没有找到可用的备份。损坏的文件保持原样：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="143"/>
        <source>ShipCheck can restore the newest good backup, made %1 (%2). The damaged file is kept beside it, so nothing is thrown away.</source>
        <translation>ShipCheck 可以恢复最近一份完好的备份（%1，%2）。损坏的文件会保留在旁边，不会丢弃任何东西。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="152"/>
        <source>Restore this backup</source>
        <translation>恢复这个备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="155"/>
        <source>Choose another backup…</source>
        <translation>选择其他备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="212"/>
        <source>Replace the current database with the backup made %1?

The current database is backed up first, so this can be undone with another restore.</source>
        <translation>用 %1 的备份替换当前数据库吗？

当前数据库会先备份，之后可以再次恢复来撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="229"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="236"/>
        <source>The backup %1 was restored.</source>
        <translation>已恢复备份 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="238"/>
        <source>The previous database was kept as %1.</source>
        <translation>原数据库已保留为 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="253"/>
        <source>Creating a backup…</source>
        <translation>正在创建备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="260"/>
        <source>Backup created: %1</source>
        <translation>备份已创建：%1</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <location filename="../../desktop_app/gui/charts.py" line="72"/>
        <source>No data for this period</source>
        <translation>这段时间没有数据</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="69"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="73"/>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="74"/>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="251"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="252"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="253"/>
        <source>all shops</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="261"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="262"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="264"/>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="265"/>
        <source>Next period</source>
        <translation>下一周期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="267"/>
        <source>K4 high-in-stock waiver (measured over this week, used the next week)</source>
        <translation>K4 高现货商家处罚豁免（按本周考核，下周使用）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="269"/>
        <source>K3 shop score components</source>
        <translation>K3 店铺考核权重</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="272"/>
        <source>Secondary source: these weights come from a 2024 article, not an official announcement. The score formula is not published.</source>
        <translation>二手来源：这些权重来自 2024 年的一篇文章，并非平台官方公告；评分公式未公开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="276"/>
        <source>A2 good-fulfilment penalty refund</source>
        <translation>A2 优质履约店铺免罚激励</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="280"/>
        <source>Projected on-time rate</source>
        <translation>预计及时发货率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="281"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="292"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="299"/>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="282"/>
        <source>Eligible</source>
        <translation>是否符合</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="283"/>
        <source>Penalties deducted</source>
        <translation>已扣罚金</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="284"/>
        <source>Would be refunded</source>
        <translation>可退回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="285"/>
        <source>Refund date</source>
        <translation>退回日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="290"/>
        <source>D2 experience-score protection</source>
        <translation>D2 体验分保护</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="292"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="292"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="298"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="292"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="300"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="296"/>
        <source>Component</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="297"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="305"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="306"/>
        <source>Own</source>
        <translation>本店</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="307"/>
        <source>Industry average</source>
        <translation>行业均值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="308"/>
        <source>Scored as</source>
        <translation>计分值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="309"/>
        <source>Protected</source>
        <translation>是否保护</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="395"/>
        <source>Computing…</source>
        <translation>计算中……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="437"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="477"/>
        <source>Daily on-time rate</source>
        <translation>每日及时发货率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="438"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="482"/>
        <source>Late or overdue per day</source>
        <translation>每日超时/逾期单数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="447"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="502"/>
        <source>On-time shipping rate</source>
        <translation>及时发货率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="454"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="503"/>
        <source>Pickup-anomaly rate</source>
        <translation>揽收异常率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="455"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="460"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="504"/>
        <source>Assessable orders</source>
        <translation>考核订单数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="466"/>
        <source>%1 orders have no amount set (see Settings)</source>
        <translation>%1 单的金额参数未设置（见“设置”）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="470"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="505"/>
        <source>Money at stake</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="509"/>
        <source>No pickup scans in the imported data: cannot be measured</source>
        <translation>导入的数据中没有揽收时间，无法计算</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="511"/>
        <source>No assessable orders: the previous window&apos;s value carries over</source>
        <translation>没有可考核订单：沿用上一周期的数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="515"/>
        <source>threshold %1 %2</source>
        <translation>门槛 %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="550"/>
        <source>eligible</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="550"/>
        <source>not eligible</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="552"/>
        <source>Week of %1: %2 — one waiver for the week of %3.</source>
        <translation>%1 当周：%2——可在 %3 当周使用一次豁免。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="558"/>
        <source>Suggested order to spend it on: %1</source>
        <translation>建议用于订单：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="596"/>
        <source>(%1 penalised orders)</source>
        <translation>（%1 单被罚）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="612"/>
        <source>not entered</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="614"/>
        <source>yes — scored as the industry average</source>
        <translation>是——按行业均值计分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="614"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>DateListEditor</name>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="184"/>
        <source>Add date</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="185"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="29"/>
        <source>Paid</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="30"/>
        <source>Promised</source>
        <translation>承诺发货</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="31"/>
        <source>Shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="32"/>
        <source>Picked up</source>
        <translation>揽收</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="33"/>
        <source>Online scan</source>
        <translation>上网</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="34"/>
        <source>At warehouse</source>
        <translation>到仓</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="254"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="255"/>
        <source>How it was decided</source>
        <translation>判定依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="256"/>
        <source>Appeal and evidence</source>
        <translation>申诉与证据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="257"/>
        <source>Row as exported</source>
        <translation>导出原始行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="261"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="262"/>
        <source>Deadline</source>
        <translation>发货时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="263"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="264"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="265"/>
        <source>Money at stake</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="266"/>
        <source>Appeal candidate</source>
        <translation>可申诉/报备</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="267"/>
        <source>Evaluated as of</source>
        <translation>评估时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="272"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="272"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="273"/>
        <source>Mark as appeal / pre-report candidate</source>
        <translation>标记为申诉/报备候选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="274"/>
        <source>Note for this order (kept with the order)</source>
        <translation>这张订单的备注（随订单保存）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="275"/>
        <source>Save note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="276"/>
        <source>Attach evidence…</source>
        <translation>添加证据……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="277"/>
        <source>Save a copy…</source>
        <translation>另存副本……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="278"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="279"/>
        <source>Select an order to see its timeline and verdict.</source>
        <translation>选中一张订单，查看它的时间线和判定。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="280"/>
        <source>Drop files here to attach them to this order</source>
        <translation>把文件拖到这里即可附加到这张订单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="327"/>
        <source>Order details</source>
        <translation>订单详情</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="331"/>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="350"/>
        <source>Not evaluated yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="382"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="385"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="423"/>
        <source>Parameter %1 = %2</source>
        <translation>参数 %1 = %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="439"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="442"/>
        <source>No explanation was stored with this verdict.</source>
        <translation>这条判定没有保存判定依据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="464"/>
        <source>Note saved.</source>
        <translation>备注已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="481"/>
        <source>Attach evidence files</source>
        <translation>添加证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="494"/>
        <source>Attaching files…</source>
        <translation>正在添加文件……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="521"/>
        <source>Save attachment as</source>
        <translation>附件另存为</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="535"/>
        <source>Remove this attachment from the order?</source>
        <translation>从这张订单删除这个附件？</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../desktop_app/gui/empty_hint.py" line="58"/>
        <source>No orders yet.</source>
        <translation>还没有订单。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/empty_hint.py" line="61"/>
        <source>Drag the order sheets exported from the 快手小店 / 抖店 / 速卖通 back-end (Excel or CSV) onto this window, or %1.</source>
        <translation>把快手小店 / 抖店 / 速卖通后台导出的订单表（Excel 或 CSV）拖到这个窗口，或者%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/empty_hint.py" line="63"/>
        <source>import them</source>
        <translation>点这里导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/empty_hint.py" line="65"/>
        <source>Product and logistics sheets are imported the same way.</source>
        <translation>商品表、物流表也这样导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/empty_hint.py" line="69"/>
        <source>Looking for the orders…</source>
        <translation>正在查找订单…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/empty_hint.py" line="74"/>
        <source>A search by receiver or product reads every stored order: on a large database this takes a few seconds. Keep typing or change the filter at any time — the search follows.</source>
        <translation>按收件人或商品搜索要读一遍所有已存订单：数据库很大时需要几秒钟。可以随时继续输入或更改筛选——搜索会跟着更新。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/empty_hint.py" line="84"/>
        <source>No orders match this filter.</source>
        <translation>没有符合当前筛选条件的订单。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/empty_hint.py" line="87"/>
        <source>Show all orders</source>
        <translation>显示全部订单</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="133"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="134"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="135"/>
        <source>As of</source>
        <translation>评估时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="136"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="138"/>
        <source>Follow the clock: countdowns and statuses move while the window is open</source>
        <translation>跟随时钟：窗口打开期间倒计时和状态会自动更新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="141"/>
        <source>Search order ID, tracking number, receiver, product (Ctrl+F)</source>
        <translation>搜索订单号、运单号、收件人、商品（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="145"/>
        <source>An order ID or tracking number is found from its beginning (type the first digits or all of it); receivers and products by any part of the text. Paste a list of order IDs or tracking numbers (one per line, or separated by spaces or commas) to see exactly those orders.</source>
        <translation>订单号和运单号从开头匹配（输入前几位或完整号码）；收件人和商品名称可输入其中任意部分。粘贴多个订单号或运单号（每行一个，或用空格、逗号分隔）即只显示这些订单。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="153"/>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="159"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="176"/>
        <source>All shops</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="178"/>
        <source>(no shop name)</source>
        <translation>（无店铺名）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="188"/>
        <source>False shipping?</source>
        <translation>虚假发货嫌疑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="199"/>
        <source>%1 of %2 orders shown</source>
        <translation>显示 %1 单（共 %2 单）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="204"/>
        <source>%1 orders</source>
        <translation>共 %1 单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="206"/>
        <source>%1 not evaluated</source>
        <translation>%1 单未评估</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../desktop_app/gui/help_menu.py" line="25"/>
        <source>ShipCheck user guide</source>
        <translation>ShipCheck 使用指南</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help_menu.py" line="46"/>
        <source>Offline shipping-assessment checker for Kuaishou, Douyin and AliExpress.</source>
        <translation>快手小店、抖店、速卖通的离线发货考核助手。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help_menu.py" line="51"/>
        <source>Newest rules known:</source>
        <translation>已知的最新规则：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help_menu.py" line="54"/>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help_menu.py" line="59"/>
        <source>Order data never leaves this computer.</source>
        <translation>订单数据不会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help_menu.py" line="94"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help_menu.py" line="95"/>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help_menu.py" line="96"/>
        <location filename="../../desktop_app/gui/help_menu.py" line="106"/>
        <source>About ShipCheck</source>
        <translation>关于 ShipCheck</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="40"/>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="41"/>
        <source>Sub-order ID</source>
        <translation>子订单号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="42"/>
        <source>Product ID</source>
        <translation>商品ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="43"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="44"/>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="45"/>
        <source>After-sale status</source>
        <translation>售后状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="48"/>
        <source>Order type</source>
        <translation>订单类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="49"/>
        <location filename="../../desktop_app/gui/import_dialog.py" line="50"/>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="51"/>
        <source>SKU</source>
        <translation>商品规格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="52"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="53"/>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="54"/>
        <source>Order time</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="55"/>
        <source>Payment time</source>
        <translation>支付时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="56"/>
        <source>Promised ship time</source>
        <translation>承诺发货时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="59"/>
        <source>Ship time</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="60"/>
        <source>Pickup time</source>
        <translation>揽收时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="61"/>
        <source>First online scan</source>
        <translation>上网时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="62"/>
        <source>Warehouse arrival</source>
        <translation>到仓时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="63"/>
        <source>Completion time</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="64"/>
        <source>Cancel reason</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="65"/>
        <source>Fulfilment mode</source>
        <translation>履约模式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="66"/>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="67"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="68"/>
        <source>Receiver</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="69"/>
        <source>Receiver phone</source>
        <translation>收件人电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="70"/>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="71"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="72"/>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="73"/>
        <source>Address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="74"/>
        <source>Ship-from address</source>
        <translation>发货地址</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="77"/>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="78"/>
        <source>Buyer note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="79"/>
        <source>Seller note</source>
        <translation>商家备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="80"/>
        <source>Listed on</source>
        <translation>上架时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="81"/>
        <source>Last month&apos;s sales</source>
        <translation>上月销量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="84"/>
        <source>Promised hours</source>
        <translation>承诺发货时长（小时）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="85"/>
        <source>Uses freight template</source>
        <translation>是否使用运费模板</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="220"/>
        <source>Import preview — nothing is written until you press Import</source>
        <translation>导入预览——按“导入”之前不会写入任何数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="221"/>
        <source>Detected</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="225"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="226"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="227"/>
        <source>Sheet kind</source>
        <translation>表格类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="228"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="229"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="230"/>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="236"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="236"/>
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="236"/>
        <source>Data rows</source>
        <translation>数据行数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="238"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="238"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="239"/>
        <source>Sheets</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="240"/>
        <source>Column mapping</source>
        <translation>列对应关系</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="241"/>
        <source>Remember this mapping for files with these headers</source>
        <translation>记住此对应关系，下次遇到相同表头自动使用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="242"/>
        <source>Apply changes and check again</source>
        <translation>应用修改并重新检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="243"/>
        <location filename="../../desktop_app/gui/import_dialog.py" line="341"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="244"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="248"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="286"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="321"/>
        <source>checking…</source>
        <translation>检查中……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="323"/>
        <source>cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="325"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="327"/>
        <source>%1 row errors</source>
        <translation>%1 行有错误</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="330"/>
        <source>ready</source>
        <translation>可以导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="338"/>
        <source>Import %1 ready files</source>
        <translation>导入 %1 个可用文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="369"/>
        <source>detected: %1</source>
        <translation>已识别：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="372"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="373"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="374"/>
        <source>Logistics (updates stored orders)</source>
        <translation>物流（更新已导入的订单）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="378"/>
        <source>%1 rows ready</source>
        <translation>%1 行可导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="380"/>
        <source>%1 rows with errors — fix the file and check again</source>
        <translation>%1 行有错误——请修改文件后重新检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="402"/>
        <location filename="../../desktop_app/gui/import_dialog.py" line="448"/>
        <source>… and %1 more</source>
        <translation>…… 另有 %1 处</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="420"/>
        <source>%1 orders have several item lines (%2 lines): each is imported as one order with its lines, quantities and amounts added up</source>
        <translation>%1 个订单有多行商品（共 %2 行）：每个订单导入为一条，保留各行商品，数量和金额相加</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="428"/>
        <source>row %1 “%2”</source>
        <translation>第 %1 行“%2”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="433"/>
        <source>%1 rows skipped, not orders (totals, notes, counts): %2</source>
        <translation>跳过 %1 行（不是订单：合计、备注、条数等）：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="435"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="440"/>
        <source>%1 ids are on two rows with different content; the later row is kept:</source>
        <translation>%1 个编号在两行中内容不同，以较后的一行为准：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="464"/>
        <source>Errors (%1)</source>
        <translation>错误（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="464"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="490"/>
        <location filename="../../desktop_app/gui/import_dialog.py" line="516"/>
        <source>(not in this file)</source>
        <translation>（文件中没有）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="195"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="199"/>
        <location filename="../../desktop_app/gui/main_window.py" line="253"/>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="207"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="385"/>
        <source>Import orders…</source>
        <translation>导入订单……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="387"/>
        <source>Import export files (Ctrl+O) — or drop them on the window</source>
        <translation>导入平台导出的文件（Ctrl+O）——也可以直接拖到窗口上</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="389"/>
        <source>Print preview…</source>
        <translation>打印预览……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="390"/>
        <source>Save report as PDF…</source>
        <translation>报告另存为 PDF……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="391"/>
        <source>Export evidence bundle…</source>
        <translation>导出证据包……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="393"/>
        <source>Export order list (Excel)…</source>
        <translation>导出订单列表（Excel）…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="395"/>
        <source>The orders shown, with the current filter and sort, as an .xlsx file (Ctrl+E)</source>
        <translation>把当前筛选和排序下的订单导出为 .xlsx 文件（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="397"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="398"/>
        <source>Create backup now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="399"/>
        <source>Restore backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="400"/>
        <source>Re-evaluate now</source>
        <translation>立即重新评估</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="401"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="402"/>
        <source>Settings…</source>
        <translation>设置……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="408"/>
        <source>Setup assistant…</source>
        <translation>初始设置向导…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="409"/>
        <location filename="../../desktop_app/gui/main_window.py" line="417"/>
        <source>Dashboard</source>
        <translation>指标看板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="410"/>
        <location filename="../../desktop_app/gui/main_window.py" line="416"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="411"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="412"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="413"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="414"/>
        <source>Language / 语言</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="177"/>
        <source>Evaluating…</source>
        <translation>评估中……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="481"/>
        <source>Evaluation cancelled</source>
        <translation>评估已取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="485"/>
        <source>Evaluated as of %1</source>
        <translation>已按 %1 评估</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="507"/>
        <source>ShipCheck — shipping assessment</source>
        <translation>ShipCheck 发货考核助手</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="509"/>
        <source>[demo data]</source>
        <translation>［演示数据］</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="512"/>
        <source>(%1 new at risk, %2 new overdue)</source>
        <translation>（新增临期 %1，新增逾期 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="656"/>
        <source>Could not read orders: %1</source>
        <translation>读取订单失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="667"/>
        <source>%1 of %2 rows loaded</source>
        <translation>已加载 %1 / %2 行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="672"/>
        <source>%1 rows loaded</source>
        <translation>已加载 %1 行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="674"/>
        <source>loading…</source>
        <translation>加载中……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="676"/>
        <source>scroll for more</source>
        <translation>向下滚动加载更多</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="678"/>
        <source>as of %1 (China time)</source>
        <translation>评估时间 %1（北京时间）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="680"/>
        <source>following the clock</source>
        <translation>跟随时钟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="682"/>
        <source>press F5 to evaluate new orders</source>
        <translation>按 F5 评估新订单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="685"/>
        <source>%1 ticked</source>
        <translation>已勾选 %1 单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="750"/>
        <source>Import order or product exports</source>
        <translation>导入订单或商品导出文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="752"/>
        <source>Exports (*.xlsx *.xls *.csv *.html *.htm);;All files (*)</source>
        <translation>导出文件 (*.xlsx *.xls *.csv *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="782"/>
        <source>%1 new, %2 updated</source>
        <translation>新增 %1，更新 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="787"/>
        <source>Imported: </source>
        <translation>已导入：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="792"/>
        <source>Import cancelled — nothing was written.</source>
        <translation>导入已取消——没有写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="804"/>
        <source>Demo data loaded, evaluated as of %1.</source>
        <translation>演示数据已载入，评估时间 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="403"/>
        <source>Import rule update…</source>
        <translation>导入规则更新…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="405"/>
        <source>Install a signed rule update file (new platform rules, offline)</source>
        <translation>安装签名的规则更新文件（平台新规则，无需联网）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="407"/>
        <source>Rules and updates…</source>
        <translation>规则与更新…</translation>
    </message>
</context>
<context>
    <name>OrderExport</name>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="55"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="91"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="93"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="159"/>
        <source>The orders chosen in the table</source>
        <translation>订单表中选中的订单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="244"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="275"/>
        <source>About</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="277"/>
        <source>Order count</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="128"/>
        <location filename="../../desktop_app/gui/order_export.py" line="158"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="130"/>
        <source>Sorted by</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="280"/>
        <source>Exported at (China time)</source>
        <translation>导出时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="284"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="285"/>
        <source>Every text is stored as a text cell; text starting with = + - @ has a leading apostrophe so that it is never taken for a formula.</source>
        <translation>所有文本都保存为文本单元格；以 = + - @ 开头的内容前加了单引号，不会被当作公式。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="313"/>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
</context>
<context>
    <name>OrderTableActions</name>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="121"/>
        <source>Open detail</source>
        <translation>查看详情</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="125"/>
        <source>Copy order ID</source>
        <translation>复制订单号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="126"/>
        <source>Copy tracking number</source>
        <translation>复制运单号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="130"/>
        <source>(%1 orders)</source>
        <translation>（%1 单）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="131"/>
        <source>Mark for appeal</source>
        <translation>标记为申诉/报备</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="132"/>
        <source>Unmark for appeal</source>
        <translation>取消申诉/报备标记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="133"/>
        <source>Export chosen orders (Excel)…</source>
        <translation>导出选中的订单（Excel）…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="136"/>
        <source>Add a note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="142"/>
        <source>Tick the selected rows</source>
        <translation>勾选选中的行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="145"/>
        <source>Untick all</source>
        <translation>取消全部勾选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="226"/>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="226"/>
        <source>Note for order %1:</source>
        <translation>订单 %1 的备注：</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="38"/>
        <location filename="../../desktop_app/gui/order_model.py" line="59"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="461"/>
        <source>This column does not sort</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="576"/>
        <source>appeal</source>
        <translation>申诉</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="195"/>
        <source>Preparing the report…</source>
        <translation>正在生成报告……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="169"/>
        <source>Save report as PDF</source>
        <translation>报告另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="161"/>
        <source>Export evidence bundle</source>
        <translation>导出证据包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="206"/>
        <source>Reading the orders…</source>
        <translation>正在读取订单…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="209"/>
        <source>Laying out the pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="212"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="217"/>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="230"/>
        <source>Reading the appeal candidates…</source>
        <translation>正在读取可申诉订单…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="234"/>
        <source>Laying out the appeal report…</source>
        <translation>正在排版申诉材料…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="237"/>
        <source>Writing the bundle…</source>
        <translation>正在写入证据包…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="242"/>
        <source>Building the evidence bundle…</source>
        <translation>正在生成证据包……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="269"/>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/report_actions.py" line="330"/>
        <source>%n order(s) in this appeal have no evidence attached. Before you submit it, attach screenshots or notices to them in the order&apos;s details (Attach evidence…) and save the appeal again.</source>
        <translation>
            <numerusform>本申诉中有 %n 笔订单尚未附加证据。提交前请在订单详情中为它们添加截图或通知（“添加证据……”），再重新保存申诉材料。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="255"/>
        <source>Export order list</source>
        <translation>导出订单列表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="277"/>
        <source>Writing the order list…</source>
        <translation>正在写入订单列表…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="264"/>
        <source>chosen</source>
        <translation>选中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="264"/>
        <source>Export chosen orders</source>
        <translation>导出选中的订单</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="39"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="40"/>
        <source>Save report as PDF</source>
        <translation>报告另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="41"/>
        <source>Export evidence bundle</source>
        <translation>导出证据包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="46"/>
        <source>Penalty / assessment report</source>
        <translation>处罚/考核报告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="47"/>
        <source>Appeal / pre-report material</source>
        <translation>申诉/报备材料</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="57"/>
        <source>all shops</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="59"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="60"/>
        <source>Week (Monday to Sunday)</source>
        <translation>周（周一至周日）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="67"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="68"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="69"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="70"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="71"/>
        <source>Containing</source>
        <translation>包含日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="75"/>
        <source>The report uses the latest evaluation of each order (see the status bar).</source>
        <translation>报告使用每张订单的最近一次评估结果（见状态栏）。</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="275"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="279"/>
        <source>Choose the backup to go back to. The current database is kept (backed up, or renamed if it is damaged) before it is replaced.</source>
        <translation>选择要恢复的备份。替换前会保留当前数据库（先备份；如已损坏则改名保留）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="287"/>
        <source>Made (China time)</source>
        <translation>创建时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="287"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="287"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="287"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="310"/>
        <source>There are no backups of this database yet.</source>
        <translation>这个数据库还没有备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="318"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
</context>
<context>
    <name>RuleActions</name>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="51"/>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="74"/>
        <source>Import rule update</source>
        <translation>导入规则更新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="53"/>
        <source>ShipCheck rule updates (*.json);;All files (*)</source>
        <translation>ShipCheck 规则更新 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="76"/>
        <source>This rule update is signed with the example key that comes with ShipCheck, for trying rule updates out; it is not an official update. Install it anyway?</source>
        <translation>这个规则更新用 ShipCheck 自带的示例密钥签名，只用于试用，不是正式发布的更新。仍要安装吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="87"/>
        <source>Installing the rule update…</source>
        <translation>正在安装规则更新…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="97"/>
        <source>Removing the rule update…</source>
        <translation>正在撤销规则更新…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="101"/>
        <source>Installed the rule update “%1” (%2).</source>
        <translation>已安装规则更新《%1》（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="104"/>
        <source>Removed the rule update “%1” (%2).</source>
        <translation>已撤销规则更新《%1》（%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="113"/>
        <source>Orders judged again: %1</source>
        <translation>已重新评估的订单：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="115"/>
        <source>A backup was made first: %1</source>
        <translation>操作前已备份：%1</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="140"/>
        <source>Rules and updates</source>
        <translation>规则与更新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="147"/>
        <source>Rules in force on (China time):</source>
        <translation>生效日期（中国时间）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="159"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="160"/>
        <source>Announcement or value</source>
        <translation>公告或取值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="161"/>
        <source>Dated</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="162"/>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="179"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="171"/>
        <source>Rules in force</source>
        <translation>生效的规则</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="176"/>
        <source>Announcement and its versions</source>
        <translation>公告及其版本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="177"/>
        <source>Takes effect</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="178"/>
        <source>What is known of it</source>
        <translation>已知内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="185"/>
        <source>Announcements</source>
        <translation>公告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="186"/>
        <source>Installed rule updates:</source>
        <translation>已安装的规则更新：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="192"/>
        <source>Import rule update…</source>
        <translation>导入规则更新…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="195"/>
        <source>Undo the last rule update</source>
        <translation>撤销最近的规则更新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="243"/>
        <source>date not published</source>
        <translation>日期未公布</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="304"/>
        <source>None: the rules built into ShipCheck apply.</source>
        <translation>没有：使用 ShipCheck 自带的规则。</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <location filename="../../desktop_app/gui/saved_file.py" line="44"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/saved_file.py" line="49"/>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/saved_file.py" line="53"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="346"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="347"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="348"/>
        <source>Affected areas (K1)</source>
        <translation>受影响地区（K1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="349"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="350"/>
        <source>Industry averages (D2)</source>
        <translation>行业均值（D2）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="351"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="355"/>
        <source>Warning window (hours)</source>
        <translation>预警窗口（小时）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="357"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="358"/>
        <source>Default shop name per platform</source>
        <translation>各平台默认店铺名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="363"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="364"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="364"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="367"/>
        <source>Orders whose promised ship time falls inside an area&apos;s dates, and whose ship-from or receiving address is in the area, are exempt from the Kuaishou assessment (K1).</source>
        <translation>承诺发货时间落在地区生效日期内、且发货地址或收货地址在该地区的订单，不计入快手考核（K1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="373"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="374"/>
        <source>Resolved as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="375"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="376"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="377"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="380"/>
        <source>Add…</source>
        <translation>添加……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="381"/>
        <source>Edit…</source>
        <translation>修改……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="382"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="383"/>
        <source>Import from file…</source>
        <translation>从文件导入……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="385"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="386"/>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="387"/>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="388"/>
        <source>Source of the default</source>
        <translation>默认值来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="389"/>
        <source>Your value (empty = default)</source>
        <translation>你的值（留空 = 默认）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="393"/>
        <source>Extra public holidays (not working days)</source>
        <translation>补充节假日（非工作日）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="394"/>
        <source>Extra make-up working days (调休)</source>
        <translation>补充调休上班日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="404"/>
        <source>Loading…</source>
        <translation>加载中……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="429"/>
        <source>Default %1 h — %2</source>
        <translation>默认 %1 小时——%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="494"/>
        <source>open</source>
        <translation>持续中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="583"/>
        <source>Import affected areas</source>
        <translation>导入受影响地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="585"/>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation>表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="596"/>
        <source>Importing areas…</source>
        <translation>正在导入地区……</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="149"/>
        <source>ShipCheck setup</source>
        <translation>ShipCheck 初始设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="151"/>
        <source>Skip for now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="152"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="155"/>
        <source>Your shops</source>
        <translation>您的店铺</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="158"/>
        <source>The name of your shop on each platform, as the platform shows it. Appeal letters are written in this name; imports without a shop column take it.</source>
        <translation>每个平台上您店铺的名称（与平台显示的一致）。申诉信以这个名称书写；没有店铺列的导出文件也会用它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="166"/>
        <source>Leave empty if you do not sell there</source>
        <translation>不在这个平台开店就留空</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="172"/>
        <source>Amounts your back-end shows</source>
        <translation>您后台显示的金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="175"/>
        <source>These platforms did not publish these amounts. Enter what your back-end shows, or leave a box empty: ShipCheck then says the amount is not set, never 0.</source>
        <translation>平台没有公布这些金额。请按您后台显示的填写，不知道就留空：ShipCheck 会显示“未设置”，不会当作 0。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="196"/>
        <source>When to warn</source>
        <translation>什么时候提醒</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="199"/>
        <source>An unshipped order turns yellow (at risk) when its deadline is this close. Choose the time your packing team needs.</source>
        <translation>未发货订单离发货时限只剩这么多时间时变黄（临期）。按您打包发货需要的时间选择。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="207"/>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="208"/>
        <source>Warn before the deadline</source>
        <translation>提前提醒</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="135"/>
        <source>%1 d %2 h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="139"/>
        <source>%1 d</source>
        <translation>%1天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="143"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="147"/>
        <source>%1 h</source>
        <translation>%1小时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="148"/>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="164"/>
        <source>shipped %1 late</source>
        <translation>晚发 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="171"/>
        <source>%1 left</source>
        <translation>还剩 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="172"/>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
</context>
</TS>
