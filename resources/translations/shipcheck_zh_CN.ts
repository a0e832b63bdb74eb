<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AreaDialog</name>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="125"/>
        <source>Affected area</source>
        <translation>受影响地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="128"/>
        <source>e.g. 上海市浦东新区</source>
        <translation>例如 上海市浦东新区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="132"/>
        <source>Still active (no end date)</source>
        <translation>仍在持续（无结束日期）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="150"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="151"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="153"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="154"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../../desktop_app/gui/tasks.py" line="249"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tasks.py" line="317"/>
        <source>Something went wrong. Please report the details below.</source>
        <translation>出现了问题，请把下面的详细信息反馈给开发者。</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="138"/>
        <source>The database file is damaged.</source>
        <translation>数据库文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="142"/>
        <source>No usable backup was found. The damaged file was left as it is: %1</source>
        <translation>没有找到可用的备份。损坏的文件保持原样：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="152"/>
        <source>ShipCheck can restore the newest good backup, made %1 (%2). The damaged file is kept beside it, so nothing is thrown away.</source>
        <translation>ShipCheck 可以恢复最近一份完好的备份（%1，%2）。损坏的文件会保留在旁边，不会丢弃任何东西。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="160"/>
        <source>Restore this backup</source>
        <translation>恢复这个备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="163"/>
        <source>Choose another backup…</source>
        <translation>选择其他备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="220"/>
        <source>Replace the current database with the backup made %1?

The current database is backed up first, so this can be undone with another restore.</source>
        <translation>用 %1 的备份替换当前数据库吗？

当前数据库会先备份，之后可以再次恢复来撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="248"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="255"/>
        <source>The backup %1 was restored.</source>
        <translation>已恢复备份 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="257"/>
        <source>The previous database was kept as %1.</source>
        <translation>原数据库已保留为 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="272"/>
        <source>Creating a backup…</source>
        <translation>正在创建备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="279"/>
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
        <location filename="../../desktop_app/gui/dashboard.py" line="66"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="70"/>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="71"/>
        <source>not met</source>
        <translation>未达标</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="239"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="240"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="241"/>
        <source>all shops</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="249"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="250"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="252"/>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="253"/>
        <source>Next period</source>
        <translation>下一周期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="255"/>
        <source>K4 high-in-stock waiver (measured over this week, used the next week)</source>
        <translation>K4 高现货商家处罚豁免（按本周考核，下周使用）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="257"/>
        <source>K3 shop score components</source>
        <translation>K3 店铺考核权重</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="260"/>
        <source>Secondary source: these weights come from a 2024 article, not an official announcement. The score formula is not published.</source>
        <translation>二手来源：这些权重来自 2024 年的一篇文章，并非平台官方公告；评分公式未公开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="264"/>
        <source>A2 good-fulfilment penalty refund</source>
        <translation>A2 优质履约店铺免罚激励</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="268"/>
        <source>Projected on-time rate</source>
        <translation>预计及时发货率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="269"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="280"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="287"/>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="270"/>
        <source>Eligible</source>
        <translation>是否符合</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="271"/>
        <source>Penalties deducted</source>
        <translation>已扣罚金</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="272"/>
        <source>Would be refunded</source>
        <translation>可退回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="273"/>
        <source>Refund date</source>
        <translation>退回日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="278"/>
        <source>D2 experience-score protection</source>
        <translation>D2 体验分保护</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="280"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="280"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="286"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="280"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="288"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="284"/>
        <source>Component</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="285"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="293"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="294"/>
        <source>Own</source>
        <translation>本店</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="295"/>
        <source>Industry average</source>
        <translation>行业均值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="296"/>
        <source>Scored as</source>
        <translation>计分值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="297"/>
        <source>Protected</source>
        <translation>是否保护</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="381"/>
        <source>Computing…</source>
        <translation>计算中……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="415"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="453"/>
        <source>Daily on-time rate</source>
        <translation>每日及时发货率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="416"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="458"/>
        <source>Late or overdue per day</source>
        <translation>每日超时/逾期单数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="423"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="471"/>
        <source>On-time shipping rate</source>
        <translation>及时发货率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="430"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="472"/>
        <source>Pickup-anomaly rate</source>
        <translation>揽收异常率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="431"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="436"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="473"/>
        <source>Assessable orders</source>
        <translation>考核订单数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="442"/>
        <source>%1 orders have no amount set (see Settings)</source>
        <translation>%1 单的金额参数未设置（见“设置”）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="446"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="474"/>
        <source>Money at stake</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="478"/>
        <source>No pickup scans in the imported data: cannot be measured</source>
        <translation>导入的数据中没有揽收时间，无法计算</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="480"/>
        <source>No assessable orders: the previous window&apos;s value carries over</source>
        <translation>没有可考核订单：沿用上一周期的数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="484"/>
        <source>threshold %1 %2</source>
        <translation>门槛 %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="519"/>
        <source>eligible</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="519"/>
        <source>not eligible</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="521"/>
        <source>Week of %1: %2 — one waiver for the week of %3.</source>
        <translation>%1 当周：%2——可在 %3 当周使用一次豁免。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="527"/>
        <source>Suggested order to spend it on: %1</source>
        <translation>建议用于订单：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="565"/>
        <source>(%1 penalised orders)</source>
        <translation>（%1 单被罚）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="581"/>
        <source>not entered</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="583"/>
        <source>yes — scored as the industry average</source>
        <translation>是——按行业均值计分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="583"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>DateListEditor</name>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="204"/>
        <source>Add date</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="205"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="28"/>
        <source>Paid</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="29"/>
        <source>Promised</source>
        <translation>承诺发货</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="30"/>
        <source>Shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="31"/>
        <source>Picked up</source>
        <translation>揽收</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="32"/>
        <source>Online scan</source>
        <translation>上网</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="33"/>
        <source>At warehouse</source>
        <translation>到仓</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="253"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="254"/>
        <source>How it was decided</source>
        <translation>判定依据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="255"/>
        <source>Appeal and evidence</source>
        <translation>申诉与证据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="256"/>
        <source>Row as exported</source>
        <translation>导出原始行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="260"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="261"/>
        <source>Deadline</source>
        <translation>发货时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="262"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="263"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="264"/>
        <source>Money at stake</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="265"/>
        <source>Appeal candidate</source>
        <translation>可申诉/报备</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="266"/>
        <source>Evaluated as of</source>
        <translation>评估时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="271"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="271"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="272"/>
        <source>Mark as appeal / pre-report candidate</source>
        <translation>标记为申诉/报备候选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="273"/>
        <source>Note for this order (kept with the order)</source>
        <translation>这张订单的备注（随订单保存）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="274"/>
        <source>Save note</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="275"/>
        <source>Attach evidence…</source>
        <translation>添加证据……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="276"/>
        <source>Save a copy…</source>
        <translation>另存副本……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="277"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="278"/>
        <source>Select an order to see its timeline and verdict.</source>
        <translation>选中一张订单，查看它的时间线和判定。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="279"/>
        <source>Drop files here to attach them to this order</source>
        <translation>把文件拖到这里即可附加到这张订单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="326"/>
        <source>Order details</source>
        <translation>订单详情</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="330"/>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="349"/>
        <source>Not evaluated yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="379"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="382"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="418"/>
        <source>Parameter %1 = %2</source>
        <translation>参数 %1 = %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="428"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="431"/>
        <source>No explanation was stored with this verdict.</source>
        <translation>这条判定没有保存判定依据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="453"/>
        <source>Note saved.</source>
        <translation>备注已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="470"/>
        <source>Attach evidence files</source>
        <translation>添加证据文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="483"/>
        <source>Attaching files…</source>
        <translation>正在添加文件……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="510"/>
        <source>Save attachment as</source>
        <translation>附件另存为</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="524"/>
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
        <location filename="../../desktop_app/gui/filter_bar.py" line="132"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="133"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="134"/>
        <source>As of</source>
        <translation>评估时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="135"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="137"/>
        <source>Follow the clock: countdowns and statuses move while the window is open</source>
        <translation>跟随时钟：窗口打开期间倒计时和状态会自动更新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="140"/>
        <source>Search order ID, tracking number, receiver, product (Ctrl+F)</source>
        <translation>搜索订单号、运单号、收件人、商品（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="144"/>
        <source>An order ID or tracking number is found from its beginning (type the first digits or all of it); receivers and products by any part of the text. Paste a list of order IDs or tracking numbers (one per line, or separated by spaces or commas) to see exactly those orders.</source>
        <translation>订单号和运单号从开头匹配（输入前几位或完整号码）；收件人和商品名称可输入其中任意部分。粘贴多个订单号或运单号（每行一个，或用空格、逗号分隔）即只显示这些订单。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="152"/>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="158"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="175"/>
        <source>All shops</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="177"/>
        <source>(no shop name)</source>
        <translation>（无店铺名）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="187"/>
        <source>False shipping?</source>
        <translation>虚假发货嫌疑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="193"/>
        <source>%1 orders</source>
        <translation>共 %1 单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="195"/>
        <source>%1 not evaluated</source>
        <translation>%1 单未评估</translation>
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
        <location filename="../../desktop_app/gui/import_dialog.py" line="218"/>
        <source>Import preview — nothing is written until you press Import</source>
        <translation>导入预览——按“导入”之前不会写入任何数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="219"/>
        <source>Detected</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="223"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="224"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="225"/>
        <source>Sheet kind</source>
        <translation>表格类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="226"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="227"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="228"/>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="234"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="234"/>
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="234"/>
        <source>Data rows</source>
        <translation>数据行数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="236"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="236"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="237"/>
        <source>Sheets</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="238"/>
        <source>Column mapping</source>
        <translation>列对应关系</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="239"/>
        <source>Remember this mapping for files with these headers</source>
        <translation>记住此对应关系，下次遇到相同表头自动使用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="240"/>
        <source>Apply changes and check again</source>
        <translation>应用修改并重新检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="241"/>
        <location filename="../../desktop_app/gui/import_dialog.py" line="339"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="242"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="246"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="284"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="319"/>
        <source>checking…</source>
        <translation>检查中……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="321"/>
        <source>cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="323"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="325"/>
        <source>%1 row errors</source>
        <translation>%1 行有错误</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="328"/>
        <source>ready</source>
        <translation>可以导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="336"/>
        <source>Import %1 ready files</source>
        <translation>导入 %1 个可用文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="367"/>
        <source>detected: %1</source>
        <translation>已识别：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="370"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="371"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="372"/>
        <source>Logistics (updates stored orders)</source>
        <translation>物流（更新已导入的订单）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="376"/>
        <source>%1 rows ready</source>
        <translation>%1 行可导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="378"/>
        <source>%1 rows with errors — fix the file and check again</source>
        <translation>%1 行有错误——请修改文件后重新检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="399"/>
        <source>… and %1 more</source>
        <translation>…… 另有 %1 处</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="419"/>
        <source>Errors (%1)</source>
        <translation>错误（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="419"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="445"/>
        <location filename="../../desktop_app/gui/import_dialog.py" line="471"/>
        <source>(not in this file)</source>
        <translation>（文件中没有）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="168"/>
        <location filename="../../desktop_app/gui/main_window.py" line="171"/>
        <source>Opening the database…</source>
        <translation>正在打开数据库……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="176"/>
        <location filename="../../desktop_app/gui/main_window.py" line="245"/>
        <source>The database could not be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="185"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="215"/>
        <location filename="../../desktop_app/gui/main_window.py" line="390"/>
        <source>Evaluation engine not available</source>
        <translation>评估引擎不可用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="361"/>
        <source>Import orders…</source>
        <translation>导入订单……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="363"/>
        <source>Import export files (Ctrl+O) — or drop them on the window</source>
        <translation>导入平台导出的文件（Ctrl+O）——也可以直接拖到窗口上</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="365"/>
        <source>Print preview…</source>
        <translation>打印预览……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="366"/>
        <source>Save report as PDF…</source>
        <translation>报告另存为 PDF……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="367"/>
        <source>Export evidence bundle…</source>
        <translation>导出证据包……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="369"/>
        <source>Export order list (Excel)…</source>
        <translation>导出订单列表（Excel）…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="371"/>
        <source>The orders shown, with the current filter and sort, as an .xlsx file (Ctrl+E)</source>
        <translation>把当前筛选和排序下的订单导出为 .xlsx 文件（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="373"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="374"/>
        <source>Create backup now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="375"/>
        <source>Restore backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="376"/>
        <source>Re-evaluate now</source>
        <translation>立即重新评估</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="377"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="378"/>
        <source>Settings…</source>
        <translation>设置……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="379"/>
        <location filename="../../desktop_app/gui/main_window.py" line="386"/>
        <source>Dashboard</source>
        <translation>指标看板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="380"/>
        <location filename="../../desktop_app/gui/main_window.py" line="385"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="381"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="382"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="383"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="384"/>
        <source>Language / 语言</source>
        <translation>语言 / Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="466"/>
        <source>Evaluating…</source>
        <translation>评估中……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="475"/>
        <source>Evaluating orders…</source>
        <translation>正在评估订单……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="485"/>
        <source>Evaluation cancelled</source>
        <translation>评估已取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="490"/>
        <source>Evaluated as of %1</source>
        <translation>已按 %1 评估</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="522"/>
        <source>ShipCheck — shipping assessment</source>
        <translation>ShipCheck 发货考核助手</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="524"/>
        <source>[demo data]</source>
        <translation>［演示数据］</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="527"/>
        <source>(%1 new at risk, %2 new overdue)</source>
        <translation>（新增临期 %1，新增逾期 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="653"/>
        <source>Could not read orders: %1</source>
        <translation>读取订单失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="661"/>
        <source>%1 rows loaded</source>
        <translation>已加载 %1 行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="663"/>
        <source>loading…</source>
        <translation>加载中……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="665"/>
        <source>scroll for more</source>
        <translation>向下滚动加载更多</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="667"/>
        <source>as of %1 (China time)</source>
        <translation>评估时间 %1（北京时间）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="669"/>
        <source>following the clock</source>
        <translation>跟随时钟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="671"/>
        <source>press F5 to evaluate new orders</source>
        <translation>按 F5 评估新订单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="736"/>
        <source>Import order or product exports</source>
        <translation>导入订单或商品导出文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="738"/>
        <source>Exports (*.xlsx *.xls *.csv *.html *.htm);;All files (*)</source>
        <translation>导出文件 (*.xlsx *.xls *.csv *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="768"/>
        <source>Importing and evaluating…</source>
        <translation>正在导入并评估……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="779"/>
        <source>%1 new, %2 updated</source>
        <translation>新增 %1，更新 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="784"/>
        <source>Imported: </source>
        <translation>已导入：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="789"/>
        <source>Import cancelled — nothing was written.</source>
        <translation>导入已取消——没有写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="795"/>
        <source>Loading the demo data…</source>
        <translation>正在载入演示数据……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="803"/>
        <source>Demo data loaded, evaluated as of %1.</source>
        <translation>演示数据已载入，评估时间 %1。</translation>
    </message>
    <message>
        <source>Import rule update…</source>
        <translation>导入规则更新…</translation>
    </message>
    <message>
        <source>Install a signed rule update file (new platform rules, offline)</source>
        <translation>安装签名的规则更新文件（平台新规则，无需联网）</translation>
    </message>
    <message>
        <source>Rules and updates…</source>
        <translation>规则与更新…</translation>
    </message>
</context>
<context>
    <name>OrderExport</name>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="45"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="53"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="54"/>
        <source>Money at stake (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="55"/>
        <source>Appeal / pre-report</source>
        <translation>可申诉/报备</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="57"/>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="58"/>
        <source>Evaluated as of</source>
        <translation>评估时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="78"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="111"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="113"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="194"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="232"/>
        <source>About</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="235"/>
        <source>Order count</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="236"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="238"/>
        <source>Sorted by</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="242"/>
        <source>Exported at (China time)</source>
        <translation>导出时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="246"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="247"/>
        <source>Every text is stored as a text cell; text starting with = + - @ has a leading apostrophe so that it is never taken for a formula.</source>
        <translation>所有文本都保存为文本单元格；以 = + - @ 开头的内容前加了单引号，不会被当作公式。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="275"/>
        <source>All orders</source>
        <translation>全部订单</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="34"/>
        <location filename="../../desktop_app/gui/order_model.py" line="94"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="65"/>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="66"/>
        <source>Douyin</source>
        <translation>抖店</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="67"/>
        <source>AliExpress</source>
        <translation>速卖通</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="75"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="76"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="77"/>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="78"/>
        <source>Sub-order</source>
        <translation>子订单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="79"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="80"/>
        <source>Paid</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="81"/>
        <source>Deadline</source>
        <translation>发货时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="82"/>
        <source>Time left / overdue</source>
        <translation>剩余/超出时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="83"/>
        <source>Shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="84"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="85"/>
        <source>Money at stake</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="86"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="515"/>
        <source>This column does not sort</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="590"/>
        <source>appeal</source>
        <translation>申诉</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="211"/>
        <source>Preparing the report…</source>
        <translation>正在生成报告……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="177"/>
        <source>Save report as PDF</source>
        <translation>报告另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="169"/>
        <source>Export evidence bundle</source>
        <translation>导出证据包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="221"/>
        <source>Reading the orders…</source>
        <translation>正在读取订单…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="224"/>
        <source>Laying out the pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="227"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="232"/>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="245"/>
        <source>Reading the appeal candidates…</source>
        <translation>正在读取可申诉订单…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="250"/>
        <source>Laying out the appeal report…</source>
        <translation>正在排版申诉材料…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="253"/>
        <source>Writing the bundle…</source>
        <translation>正在写入证据包…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="258"/>
        <source>Building the evidence bundle…</source>
        <translation>正在生成证据包……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="267"/>
        <source>Export order list</source>
        <translation>导出订单列表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="276"/>
        <source>Writing the order list…</source>
        <translation>正在写入订单列表…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="332"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="44"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="45"/>
        <source>Save report as PDF</source>
        <translation>报告另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="46"/>
        <source>Export evidence bundle</source>
        <translation>导出证据包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="51"/>
        <source>Penalty / assessment report</source>
        <translation>处罚/考核报告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="52"/>
        <source>Appeal / pre-report material</source>
        <translation>申诉/报备材料</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="62"/>
        <source>all shops</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="64"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="65"/>
        <source>Week (Monday to Sunday)</source>
        <translation>周（周一至周日）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="72"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="73"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="74"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="75"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="76"/>
        <source>Containing</source>
        <translation>包含日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="80"/>
        <source>The report uses the latest evaluation of each order (see the status bar).</source>
        <translation>报告使用每张订单的最近一次评估结果（见状态栏）。</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="294"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="298"/>
        <source>Choose the backup to go back to. The current database is kept (backed up, or renamed if it is damaged) before it is replaced.</source>
        <translation>选择要恢复的备份。替换前会保留当前数据库（先备份；如已损坏则改名保留）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="306"/>
        <source>Made (China time)</source>
        <translation>创建时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="306"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="306"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="306"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="329"/>
        <source>There are no backups of this database yet.</source>
        <translation>这个数据库还没有备份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="337"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
</context>
<context>
    <name>RuleActions</name>
    <message>
        <source>Import rule update</source>
        <translation>导入规则更新</translation>
    </message>
    <message>
        <source>ShipCheck rule updates (*.json);;All files (*)</source>
        <translation>ShipCheck 规则更新 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This rule update is signed with the example key that comes with ShipCheck, for trying rule updates out; it is not an official update. Install it anyway?</source>
        <translation>这个规则更新用 ShipCheck 自带的示例密钥签名，只用于试用，不是正式发布的更新。仍要安装吗？</translation>
    </message>
    <message>
        <source>Installing the rule update…</source>
        <translation>正在安装规则更新…</translation>
    </message>
    <message>
        <source>Removing the rule update…</source>
        <translation>正在撤销规则更新…</translation>
    </message>
    <message>
        <source>Installed the rule update “%1” (%2).</source>
        <translation>已安装规则更新《%1》（%2）。</translation>
    </message>
    <message>
        <source>Removed the rule update “%1” (%2).</source>
        <translation>已撤销规则更新《%1》（%2）。</translation>
    </message>
    <message>
        <source>Orders judged again: %1</source>
        <translation>已重新评估的订单：%1</translation>
    </message>
    <message>
        <source>A backup was made first: %1</source>
        <translation>操作前已备份：%1</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rules and updates</source>
        <translation>规则与更新</translation>
    </message>
    <message>
        <source>Rules in force on (China time):</source>
        <translation>生效日期（中国时间）：</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Announcement or value</source>
        <translation>公告或取值</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <source>Installed rule updates:</source>
        <translation>已安装的规则更新：</translation>
    </message>
    <message>
        <source>Import rule update…</source>
        <translation>导入规则更新…</translation>
    </message>
    <message>
        <source>Undo the last rule update</source>
        <translation>撤销最近的规则更新</translation>
    </message>
    <message>
        <source>None: the rules built into ShipCheck apply.</source>
        <translation>没有：使用 ShipCheck 自带的规则。</translation>
    </message>
    <message>
        <source>Rules in force</source>
        <translation>生效的规则</translation>
    </message>
    <message>
        <source>Announcement and its versions</source>
        <translation>公告及其版本</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>What is known of it</source>
        <translation>已知内容</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>date not published</source>
        <translation>日期未公布</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="366"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="367"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="368"/>
        <source>Affected areas (K1)</source>
        <translation>受影响地区（K1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="369"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="370"/>
        <source>Industry averages (D2)</source>
        <translation>行业均值（D2）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="371"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="375"/>
        <source>Warning window (hours)</source>
        <translation>预警窗口（小时）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="377"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="378"/>
        <source>Default shop name per platform</source>
        <translation>各平台默认店铺名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="383"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="384"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="384"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="387"/>
        <source>Orders whose promised ship time falls inside an area&apos;s dates, and whose ship-from or receiving address is in the area, are exempt from the Kuaishou assessment (K1).</source>
        <translation>承诺发货时间落在地区生效日期内、且发货地址或收货地址在该地区的订单，不计入快手考核（K1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="393"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="394"/>
        <source>Resolved as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="395"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="396"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="397"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="400"/>
        <source>Add…</source>
        <translation>添加……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="401"/>
        <source>Edit…</source>
        <translation>修改……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="402"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="403"/>
        <source>Import from file…</source>
        <translation>从文件导入……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="405"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="406"/>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="407"/>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="408"/>
        <source>Source of the default</source>
        <translation>默认值来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="409"/>
        <source>Your value (empty = default)</source>
        <translation>你的值（留空 = 默认）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="413"/>
        <source>Extra public holidays (not working days)</source>
        <translation>补充节假日（非工作日）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="414"/>
        <source>Extra make-up working days (调休)</source>
        <translation>补充调休上班日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="424"/>
        <source>Loading…</source>
        <translation>加载中……</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="435"/>
        <source>This build has no evaluation engine: parameters cannot be shown.</source>
        <translation>此版本缺少评估引擎，无法显示参数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="453"/>
        <source>Default %1 h — %2</source>
        <translation>默认 %1 小时——%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="518"/>
        <source>open</source>
        <translation>持续中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="607"/>
        <source>Import affected areas</source>
        <translation>导入受影响地区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="609"/>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation>表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="619"/>
        <source>Importing areas…</source>
        <translation>正在导入地区……</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="66"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="67"/>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="68"/>
        <source>At risk</source>
        <translation>临期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="69"/>
        <source>Pending</source>
        <translation>待发</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="70"/>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="71"/>
        <source>Exempt</source>
        <translation>豁免</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="72"/>
        <source>Not assessed</source>
        <translation>不考核</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="73"/>
        <source>Suspected false shipping</source>
        <translation>虚假发货嫌疑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="76"/>
        <source>No freight template</source>
        <translation>未使用运费模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="77"/>
        <source>No deadline known</source>
        <translation>发货时限未知</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="78"/>
        <source>Holiday data missing</source>
        <translation>缺少节假日数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="79"/>
        <source>Suggested for K4 waiver</source>
        <translation>建议使用 K4 豁免</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="80"/>
        <source>Pickup anomaly</source>
        <translation>揽收异常</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="81"/>
        <source>A1 relaxed timing</source>
        <translation>A1 放宽时效</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="82"/>
        <source>Scan time missing (ship time used)</source>
        <translation>缺少扫描时间（按发货时间）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="87"/>
        <source>Not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="160"/>
        <source>%1 d %2 h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="164"/>
        <source>%1 d</source>
        <translation>%1天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="168"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="172"/>
        <source>%1 h</source>
        <translation>%1小时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="173"/>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="189"/>
        <source>shipped %1 late</source>
        <translation>晚发 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="196"/>
        <source>%1 left</source>
        <translation>还剩 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="197"/>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
</context>
</TS>
