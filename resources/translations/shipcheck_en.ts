<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AreaDialog</name>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="125"/>
        <source>Affected area</source>
        <translation>Affected area</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="128"/>
        <source>e.g. 上海市浦东新区</source>
        <translation>e.g. 上海市浦东新区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="132"/>
        <source>Still active (no end date)</source>
        <translation>Still active (no end date)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="150"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="151"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="153"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="154"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../../desktop_app/gui/tasks.py" line="249"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tasks.py" line="317"/>
        <source>Something went wrong. Please report the details below.</source>
        <translation>Something went wrong. Please report the details below.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="138"/>
        <source>The database file is damaged.</source>
        <translation>The database file is damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="142"/>
        <source>No usable backup was found. The damaged file was left as it is: %1</source>
        <translation>No usable backup was found. The damaged file was left as it is: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="152"/>
        <source>ShipCheck can restore the newest good backup, made %1 (%2). The damaged file is kept beside it, so nothing is thrown away.</source>
        <translation>ShipCheck can restore the newest good backup, made %1 (%2). The damaged file is kept beside it, so nothing is thrown away.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="160"/>
        <source>Restore this backup</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="163"/>
        <source>Choose another backup…</source>
        <translation>Choose another backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="220"/>
        <source>Replace the current database with the backup made %1?

The current database is backed up first, so this can be undone with another restore.</source>
        <translation>Replace the current database with the backup made %1?

The current database is backed up first, so this can be undone with another restore.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="248"/>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="255"/>
        <source>The backup %1 was restored.</source>
        <translation>The backup %1 was restored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="257"/>
        <source>The previous database was kept as %1.</source>
        <translation>The previous database was kept as %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="272"/>
        <source>Creating a backup…</source>
        <translation>Creating a backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="279"/>
        <source>Backup created: %1</source>
        <translation>Backup created: %1</translation>
    </message>
</context>
<context>
    <name>DailyChart</name>
    <message>
        <location filename="../../desktop_app/gui/charts.py" line="72"/>
        <source>No data for this period</source>
        <translation>No data for this period</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="66"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="70"/>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="71"/>
        <source>not met</source>
        <translation>not met</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="239"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="240"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="241"/>
        <source>all shops</source>
        <translation>all shops</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="249"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="250"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="252"/>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="253"/>
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="255"/>
        <source>K4 high-in-stock waiver (measured over this week, used the next week)</source>
        <translation>K4 high-in-stock waiver (measured over this week, used the next week)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="257"/>
        <source>K3 shop score components</source>
        <translation>K3 shop score components</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="260"/>
        <source>Secondary source: these weights come from a 2024 article, not an official announcement. The score formula is not published.</source>
        <translation>Secondary source: these weights come from a 2024 article, not an official announcement. The score formula is not published.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="264"/>
        <source>A2 good-fulfilment penalty refund</source>
        <translation>A2 good-fulfilment penalty refund</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="268"/>
        <source>Projected on-time rate</source>
        <translation>Projected on-time rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="269"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="280"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="287"/>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="270"/>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="271"/>
        <source>Penalties deducted</source>
        <translation>Penalties deducted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="272"/>
        <source>Would be refunded</source>
        <translation>Would be refunded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="273"/>
        <source>Refund date</source>
        <translation>Refund date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="278"/>
        <source>D2 experience-score protection</source>
        <translation>D2 experience-score protection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="280"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="280"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="286"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="280"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="288"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="284"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="285"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="293"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="294"/>
        <source>Own</source>
        <translation>Own</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="295"/>
        <source>Industry average</source>
        <translation>Industry average</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="296"/>
        <source>Scored as</source>
        <translation>Scored as</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="297"/>
        <source>Protected</source>
        <translation>Protected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="381"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="415"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="453"/>
        <source>Daily on-time rate</source>
        <translation>Daily on-time rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="416"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="458"/>
        <source>Late or overdue per day</source>
        <translation>Late or overdue per day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="423"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="471"/>
        <source>On-time shipping rate</source>
        <translation>On-time shipping rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="430"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="472"/>
        <source>Pickup-anomaly rate</source>
        <translation>Pickup-anomaly rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="431"/>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="436"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="473"/>
        <source>Assessable orders</source>
        <translation>Assessable orders</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="442"/>
        <source>%1 orders have no amount set (see Settings)</source>
        <translation>%1 orders have no amount set (see Settings)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="446"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="474"/>
        <source>Money at stake</source>
        <translation>Money at stake</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="478"/>
        <source>No pickup scans in the imported data: cannot be measured</source>
        <translation>No pickup scans in the imported data: cannot be measured</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="480"/>
        <source>No assessable orders: the previous window&apos;s value carries over</source>
        <translation>No assessable orders: the previous window&apos;s value carries over</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="484"/>
        <source>threshold %1 %2</source>
        <translation>threshold %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="519"/>
        <source>eligible</source>
        <translation>eligible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="519"/>
        <source>not eligible</source>
        <translation>not eligible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="521"/>
        <source>Week of %1: %2 — one waiver for the week of %3.</source>
        <translation>Week of %1: %2 — one waiver for the week of %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="527"/>
        <source>Suggested order to spend it on: %1</source>
        <translation>Suggested order to spend it on: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="565"/>
        <source>(%1 penalised orders)</source>
        <translation>(%1 penalised orders)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="581"/>
        <source>not entered</source>
        <translation>not entered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="583"/>
        <source>yes — scored as the industry average</source>
        <translation>yes — scored as the industry average</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="583"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>DateListEditor</name>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="204"/>
        <source>Add date</source>
        <translation>Add date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="205"/>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="28"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="29"/>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="30"/>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="31"/>
        <source>Picked up</source>
        <translation>Picked up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="32"/>
        <source>Online scan</source>
        <translation>Online scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="33"/>
        <source>At warehouse</source>
        <translation>At warehouse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="253"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="254"/>
        <source>How it was decided</source>
        <translation>How it was decided</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="255"/>
        <source>Appeal and evidence</source>
        <translation>Appeal and evidence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="256"/>
        <source>Row as exported</source>
        <translation>Row as exported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="260"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="261"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="262"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="263"/>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="264"/>
        <source>Money at stake</source>
        <translation>Money at stake</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="265"/>
        <source>Appeal candidate</source>
        <translation>Appeal candidate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="266"/>
        <source>Evaluated as of</source>
        <translation>Evaluated as of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="271"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="271"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="272"/>
        <source>Mark as appeal / pre-report candidate</source>
        <translation>Mark as appeal / pre-report candidate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="273"/>
        <source>Note for this order (kept with the order)</source>
        <translation>Note for this order (kept with the order)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="274"/>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="275"/>
        <source>Attach evidence…</source>
        <translation>Attach evidence…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="276"/>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="277"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="278"/>
        <source>Select an order to see its timeline and verdict.</source>
        <translation>Select an order to see its timeline and verdict.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="279"/>
        <source>Drop files here to attach them to this order</source>
        <translation>Drop files here to attach them to this order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="326"/>
        <source>Order details</source>
        <translation>Order details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="330"/>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="349"/>
        <source>Not evaluated yet</source>
        <translation>Not evaluated yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="379"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="382"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="418"/>
        <source>Parameter %1 = %2</source>
        <translation>Parameter %1 = %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="428"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="431"/>
        <source>No explanation was stored with this verdict.</source>
        <translation>No explanation was stored with this verdict.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="453"/>
        <source>Note saved.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="470"/>
        <source>Attach evidence files</source>
        <translation>Attach evidence files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="483"/>
        <source>Attaching files…</source>
        <translation>Attaching files…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="510"/>
        <source>Save attachment as</source>
        <translation>Save attachment as</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="524"/>
        <source>Remove this attachment from the order?</source>
        <translation>Remove this attachment from the order?</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../desktop_app/gui/empty_hint.py" line="58"/>
        <source>No orders yet.</source>
        <translation>No orders yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/empty_hint.py" line="61"/>
        <source>Drag the order sheets exported from the 快手小店 / 抖店 / 速卖通 back-end (Excel or CSV) onto this window, or %1.</source>
        <translation>Drag the order sheets exported from the 快手小店 / 抖店 / 速卖通 back-end (Excel or CSV) onto this window, or %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/empty_hint.py" line="63"/>
        <source>import them</source>
        <translation>import them</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/empty_hint.py" line="65"/>
        <source>Product and logistics sheets are imported the same way.</source>
        <translation>Product and logistics sheets are imported the same way.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/empty_hint.py" line="69"/>
        <source>Looking for the orders…</source>
        <translation>Looking for the orders…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/empty_hint.py" line="74"/>
        <source>A search by receiver or product reads every stored order: on a large database this takes a few seconds. Keep typing or change the filter at any time — the search follows.</source>
        <translation>A search by receiver or product reads every stored order: on a large database this takes a few seconds. Keep typing or change the filter at any time — the search follows.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/empty_hint.py" line="84"/>
        <source>No orders match this filter.</source>
        <translation>No orders match this filter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/empty_hint.py" line="87"/>
        <source>Show all orders</source>
        <translation>Show all orders</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="132"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="133"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="134"/>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="135"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="137"/>
        <source>Follow the clock: countdowns and statuses move while the window is open</source>
        <translation>Follow the clock: countdowns and statuses move while the window is open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="140"/>
        <source>Search order ID, tracking number, receiver, product (Ctrl+F)</source>
        <translation>Search order ID, tracking number, receiver, product (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="144"/>
        <source>An order ID or tracking number is found from its beginning (type the first digits or all of it); receivers and products by any part of the text. Paste a list of order IDs or tracking numbers (one per line, or separated by spaces or commas) to see exactly those orders.</source>
        <translation>An order ID or tracking number is found from its beginning (type the first digits or all of it); receivers and products by any part of the text. Paste a list of order IDs or tracking numbers (one per line, or separated by spaces or commas) to see exactly those orders.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="152"/>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="158"/>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="175"/>
        <source>All shops</source>
        <translation>All shops</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="177"/>
        <source>(no shop name)</source>
        <translation>(no shop name)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="187"/>
        <source>False shipping?</source>
        <translation>False shipping?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="193"/>
        <source>%1 orders</source>
        <translation>%1 orders</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="195"/>
        <source>%1 not evaluated</source>
        <translation>%1 not evaluated</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="40"/>
        <source>Order ID</source>
        <translation>Order ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="41"/>
        <source>Sub-order ID</source>
        <translation>Sub-order ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="42"/>
        <source>Product ID</source>
        <translation>Product ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="43"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="44"/>
        <source>Order status</source>
        <translation>Order status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="45"/>
        <source>After-sale status</source>
        <translation>After-sale status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="48"/>
        <source>Order type</source>
        <translation>Order type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="49"/>
        <location filename="../../desktop_app/gui/import_dialog.py" line="50"/>
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="51"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="52"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="53"/>
        <source>Amount paid</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="54"/>
        <source>Order time</source>
        <translation>Order time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="55"/>
        <source>Payment time</source>
        <translation>Payment time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="56"/>
        <source>Promised ship time</source>
        <translation>Promised ship time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="59"/>
        <source>Ship time</source>
        <translation>Ship time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="60"/>
        <source>Pickup time</source>
        <translation>Pickup time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="61"/>
        <source>First online scan</source>
        <translation>First online scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="62"/>
        <source>Warehouse arrival</source>
        <translation>Warehouse arrival</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="63"/>
        <source>Completion time</source>
        <translation>Completion time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="64"/>
        <source>Cancel reason</source>
        <translation>Cancel reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="65"/>
        <source>Fulfilment mode</source>
        <translation>Fulfilment mode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="66"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="67"/>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="68"/>
        <source>Receiver</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="69"/>
        <source>Receiver phone</source>
        <translation>Receiver phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="70"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="71"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="72"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="73"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="74"/>
        <source>Ship-from address</source>
        <translation>Ship-from address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="77"/>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="78"/>
        <source>Buyer note</source>
        <translation>Buyer note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="79"/>
        <source>Seller note</source>
        <translation>Seller note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="80"/>
        <source>Listed on</source>
        <translation>Listed on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="81"/>
        <source>Last month&apos;s sales</source>
        <translation>Last month&apos;s sales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="84"/>
        <source>Promised hours</source>
        <translation>Promised hours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="85"/>
        <source>Uses freight template</source>
        <translation>Uses freight template</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="218"/>
        <source>Import preview — nothing is written until you press Import</source>
        <translation>Import preview — nothing is written until you press Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="219"/>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="223"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="224"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="225"/>
        <source>Sheet kind</source>
        <translation>Sheet kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="226"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="227"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="228"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="234"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="234"/>
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="234"/>
        <source>Data rows</source>
        <translation>Data rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="236"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="236"/>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="237"/>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="238"/>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="239"/>
        <source>Remember this mapping for files with these headers</source>
        <translation>Remember this mapping for files with these headers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="240"/>
        <source>Apply changes and check again</source>
        <translation>Apply changes and check again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="241"/>
        <location filename="../../desktop_app/gui/import_dialog.py" line="339"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="242"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="246"/>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="284"/>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="319"/>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="321"/>
        <source>cannot import</source>
        <translation>cannot import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="323"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="325"/>
        <source>%1 row errors</source>
        <translation>%1 row errors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="328"/>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="336"/>
        <source>Import %1 ready files</source>
        <translation>Import %1 ready files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="367"/>
        <source>detected: %1</source>
        <translation>detected: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="370"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="371"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="372"/>
        <source>Logistics (updates stored orders)</source>
        <translation>Logistics (updates stored orders)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="376"/>
        <source>%1 rows ready</source>
        <translation>%1 rows ready</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="378"/>
        <source>%1 rows with errors — fix the file and check again</source>
        <translation>%1 rows with errors — fix the file and check again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="399"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="419"/>
        <source>Errors (%1)</source>
        <translation>Errors (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="419"/>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="445"/>
        <location filename="../../desktop_app/gui/import_dialog.py" line="471"/>
        <source>(not in this file)</source>
        <translation>(not in this file)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="168"/>
        <location filename="../../desktop_app/gui/main_window.py" line="171"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="176"/>
        <location filename="../../desktop_app/gui/main_window.py" line="245"/>
        <source>The database could not be opened.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="185"/>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="215"/>
        <location filename="../../desktop_app/gui/main_window.py" line="390"/>
        <source>Evaluation engine not available</source>
        <translation>Evaluation engine not available</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="361"/>
        <source>Import orders…</source>
        <translation>Import orders…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="363"/>
        <source>Import export files (Ctrl+O) — or drop them on the window</source>
        <translation>Import export files (Ctrl+O) — or drop them on the window</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="365"/>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="366"/>
        <source>Save report as PDF…</source>
        <translation>Save report as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="367"/>
        <source>Export evidence bundle…</source>
        <translation>Export evidence bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="369"/>
        <source>Export order list (Excel)…</source>
        <translation>Export order list (Excel)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="371"/>
        <source>The orders shown, with the current filter and sort, as an .xlsx file (Ctrl+E)</source>
        <translation>The orders shown, with the current filter and sort, as an .xlsx file (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="373"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="374"/>
        <source>Create backup now</source>
        <translation>Create backup now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="375"/>
        <source>Restore backup…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="376"/>
        <source>Re-evaluate now</source>
        <translation>Re-evaluate now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="377"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="378"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="379"/>
        <location filename="../../desktop_app/gui/main_window.py" line="386"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="380"/>
        <location filename="../../desktop_app/gui/main_window.py" line="385"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="381"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="382"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="383"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="384"/>
        <source>Language / 语言</source>
        <translation>Language / 语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="466"/>
        <source>Evaluating…</source>
        <translation>Evaluating…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="475"/>
        <source>Evaluating orders…</source>
        <translation>Evaluating orders…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="485"/>
        <source>Evaluation cancelled</source>
        <translation>Evaluation cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="490"/>
        <source>Evaluated as of %1</source>
        <translation>Evaluated as of %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="522"/>
        <source>ShipCheck — shipping assessment</source>
        <translation>ShipCheck — shipping assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="524"/>
        <source>[demo data]</source>
        <translation>[demo data]</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="527"/>
        <source>(%1 new at risk, %2 new overdue)</source>
        <translation>(%1 new at risk, %2 new overdue)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="653"/>
        <source>Could not read orders: %1</source>
        <translation>Could not read orders: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="661"/>
        <source>%1 rows loaded</source>
        <translation>%1 rows loaded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="663"/>
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="665"/>
        <source>scroll for more</source>
        <translation>scroll for more</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="667"/>
        <source>as of %1 (China time)</source>
        <translation>as of %1 (China time)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="669"/>
        <source>following the clock</source>
        <translation>following the clock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="671"/>
        <source>press F5 to evaluate new orders</source>
        <translation>press F5 to evaluate new orders</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="736"/>
        <source>Import order or product exports</source>
        <translation>Import order or product exports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="738"/>
        <source>Exports (*.xlsx *.xls *.csv *.html *.htm);;All files (*)</source>
        <translation>Exports (*.xlsx *.xls *.csv *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="768"/>
        <source>Importing and evaluating…</source>
        <translation>Importing and evaluating…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="779"/>
        <source>%1 new, %2 updated</source>
        <translation>%1 new, %2 updated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="784"/>
        <source>Imported: </source>
        <translation>Imported: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="789"/>
        <source>Import cancelled — nothing was written.</source>
        <translation>Import cancelled — nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="795"/>
        <source>Loading the demo data…</source>
        <translation>Loading the demo data…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="803"/>
        <source>Demo data loaded, evaluated as of %1.</source>
        <translation>Demo data loaded, evaluated as of %1.</translation>
    </message>
    <message>
        <source>Import rule update…</source>
        <translation>Import rule update…</translation>
    </message>
    <message>
        <source>Install a signed rule update file (new platform rules, offline)</source>
        <translation>Install a signed rule update file (new platform rules, offline)</translation>
    </message>
    <message>
        <source>Rules and updates…</source>
        <translation>Rules and updates…</translation>
    </message>
</context>
<context>
    <name>OrderExport</name>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="45"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="53"/>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="54"/>
        <source>Money at stake (yuan)</source>
        <translation>Money at stake (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="55"/>
        <source>Appeal / pre-report</source>
        <translation>Appeal / pre-report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="57"/>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="58"/>
        <source>Evaluated as of</source>
        <translation>Evaluated as of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="78"/>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="111"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="113"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="194"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="232"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="235"/>
        <source>Order count</source>
        <translation>Order count</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="236"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="238"/>
        <source>Sorted by</source>
        <translation>Sorted by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="242"/>
        <source>Exported at (China time)</source>
        <translation>Exported at (China time)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="246"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="247"/>
        <source>Every text is stored as a text cell; text starting with = + - @ has a leading apostrophe so that it is never taken for a formula.</source>
        <translation>Every text is stored as a text cell; text starting with = + - @ has a leading apostrophe so that it is never taken for a formula.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="275"/>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="34"/>
        <location filename="../../desktop_app/gui/order_model.py" line="94"/>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="65"/>
        <source>Kuaishou</source>
        <translation>Kuaishou</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="66"/>
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="67"/>
        <source>AliExpress</source>
        <translation>AliExpress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="76"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="77"/>
        <source>Order ID</source>
        <translation>Order ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="78"/>
        <source>Sub-order</source>
        <translation>Sub-order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="79"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="80"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="81"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="82"/>
        <source>Time left / overdue</source>
        <translation>Time left / overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="83"/>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="84"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="85"/>
        <source>Money at stake</source>
        <translation>Money at stake</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="86"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="515"/>
        <source>This column does not sort</source>
        <translation>This column does not sort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="590"/>
        <source>appeal</source>
        <translation>appeal</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="211"/>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="177"/>
        <source>Save report as PDF</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="169"/>
        <source>Export evidence bundle</source>
        <translation>Export evidence bundle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="221"/>
        <source>Reading the orders…</source>
        <translation>Reading the orders…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="224"/>
        <source>Laying out the pages…</source>
        <translation>Laying out the pages…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="227"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="232"/>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="245"/>
        <source>Reading the appeal candidates…</source>
        <translation>Reading the appeal candidates…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="250"/>
        <source>Laying out the appeal report…</source>
        <translation>Laying out the appeal report…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="253"/>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="258"/>
        <source>Building the evidence bundle…</source>
        <translation>Building the evidence bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="267"/>
        <source>Export order list</source>
        <translation>Export order list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="276"/>
        <source>Writing the order list…</source>
        <translation>Writing the order list…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="332"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="44"/>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="45"/>
        <source>Save report as PDF</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="46"/>
        <source>Export evidence bundle</source>
        <translation>Export evidence bundle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="51"/>
        <source>Penalty / assessment report</source>
        <translation>Penalty / assessment report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="52"/>
        <source>Appeal / pre-report material</source>
        <translation>Appeal / pre-report material</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="62"/>
        <source>all shops</source>
        <translation>all shops</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="64"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="65"/>
        <source>Week (Monday to Sunday)</source>
        <translation>Week (Monday to Sunday)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="72"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="73"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="74"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="75"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="76"/>
        <source>Containing</source>
        <translation>Containing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="80"/>
        <source>The report uses the latest evaluation of each order (see the status bar).</source>
        <translation>The report uses the latest evaluation of each order (see the status bar).</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="294"/>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="298"/>
        <source>Choose the backup to go back to. The current database is kept (backed up, or renamed if it is damaged) before it is replaced.</source>
        <translation>Choose the backup to go back to. The current database is kept (backed up, or renamed if it is damaged) before it is replaced.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="306"/>
        <source>Made (China time)</source>
        <translation>Made (China time)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="306"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="306"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="306"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="329"/>
        <source>There are no backups of this database yet.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="337"/>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
</context>
<context>
    <name>RuleActions</name>
    <message>
        <source>Import rule update</source>
        <translation>Import rule update</translation>
    </message>
    <message>
        <source>ShipCheck rule updates (*.json);;All files (*)</source>
        <translation>ShipCheck rule updates (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>This rule update is signed with the example key that comes with ShipCheck, for trying rule updates out; it is not an official update. Install it anyway?</source>
        <translation>This rule update is signed with the example key that comes with ShipCheck, for trying rule updates out; it is not an official update. Install it anyway?</translation>
    </message>
    <message>
        <source>Installing the rule update…</source>
        <translation>Installing the rule update…</translation>
    </message>
    <message>
        <source>Removing the rule update…</source>
        <translation>Removing the rule update…</translation>
    </message>
    <message>
        <source>Installed the rule update “%1” (%2).</source>
        <translation>Installed the rule update “%1” (%2).</translation>
    </message>
    <message>
        <source>Removed the rule update “%1” (%2).</source>
        <translation>Removed the rule update “%1” (%2).</translation>
    </message>
    <message>
        <source>Orders judged again: %1</source>
        <translation>Orders judged again: %1</translation>
    </message>
    <message>
        <source>A backup was made first: %1</source>
        <translation>A backup was made first: %1</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rules and updates</source>
        <translation>Rules and updates</translation>
    </message>
    <message>
        <source>Rules in force on (China time):</source>
        <translation>Rules in force on (China time):</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Announcement or value</source>
        <translation>Announcement or value</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Installed rule updates:</source>
        <translation>Installed rule updates:</translation>
    </message>
    <message>
        <source>Import rule update…</source>
        <translation>Import rule update…</translation>
    </message>
    <message>
        <source>Undo the last rule update</source>
        <translation>Undo the last rule update</translation>
    </message>
    <message>
        <source>None: the rules built into ShipCheck apply.</source>
        <translation>None: the rules built into ShipCheck apply.</translation>
    </message>
    <message>
        <source>Rules in force</source>
        <translation>Rules in force</translation>
    </message>
    <message>
        <source>Announcement and its versions</source>
        <translation>Announcement and its versions</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Takes effect</translation>
    </message>
    <message>
        <source>What is known of it</source>
        <translation>What is known of it</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Announcements</translation>
    </message>
    <message>
        <source>date not published</source>
        <translation>date not published</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="366"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="367"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="368"/>
        <source>Affected areas (K1)</source>
        <translation>Affected areas (K1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="369"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="370"/>
        <source>Industry averages (D2)</source>
        <translation>Industry averages (D2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="371"/>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="375"/>
        <source>Warning window (hours)</source>
        <translation>Warning window (hours)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="377"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="378"/>
        <source>Default shop name per platform</source>
        <translation>Default shop name per platform</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="383"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="384"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="384"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="387"/>
        <source>Orders whose promised ship time falls inside an area&apos;s dates, and whose ship-from or receiving address is in the area, are exempt from the Kuaishou assessment (K1).</source>
        <translation>Orders whose promised ship time falls inside an area&apos;s dates, and whose ship-from or receiving address is in the area, are exempt from the Kuaishou assessment (K1).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="393"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="394"/>
        <source>Resolved as</source>
        <translation>Resolved as</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="395"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="396"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="397"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="400"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="401"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="402"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="403"/>
        <source>Import from file…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="405"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="406"/>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="407"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="408"/>
        <source>Source of the default</source>
        <translation>Source of the default</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="409"/>
        <source>Your value (empty = default)</source>
        <translation>Your value (empty = default)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="413"/>
        <source>Extra public holidays (not working days)</source>
        <translation>Extra public holidays (not working days)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="414"/>
        <source>Extra make-up working days (调休)</source>
        <translation>Extra make-up working days (调休)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="424"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="435"/>
        <source>This build has no evaluation engine: parameters cannot be shown.</source>
        <translation>This build has no evaluation engine: parameters cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="453"/>
        <source>Default %1 h — %2</source>
        <translation>Default %1 h — %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="518"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="607"/>
        <source>Import affected areas</source>
        <translation>Import affected areas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="609"/>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation>Tables (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="619"/>
        <source>Importing areas…</source>
        <translation>Importing areas…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="66"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="67"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="68"/>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="69"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="70"/>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="71"/>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="72"/>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="73"/>
        <source>Suspected false shipping</source>
        <translation>Suspected false shipping</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="76"/>
        <source>No freight template</source>
        <translation>No freight template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="77"/>
        <source>No deadline known</source>
        <translation>No deadline known</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="78"/>
        <source>Holiday data missing</source>
        <translation>Holiday data missing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="79"/>
        <source>Suggested for K4 waiver</source>
        <translation>Suggested for K4 waiver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="80"/>
        <source>Pickup anomaly</source>
        <translation>Pickup anomaly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="81"/>
        <source>A1 relaxed timing</source>
        <translation>A1 relaxed timing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="82"/>
        <source>Scan time missing (ship time used)</source>
        <translation>Scan time missing (ship time used)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="87"/>
        <source>Not evaluated</source>
        <translation>Not evaluated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="160"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="164"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="168"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="172"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="173"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="189"/>
        <source>shipped %1 late</source>
        <translation>shipped %1 late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="196"/>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="197"/>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
</context>
</TS>
