<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AreaDialog</name>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="105"/>
        <source>Affected area</source>
        <translation>Affected area</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="108"/>
        <source>e.g. 上海市浦东新区</source>
        <translation>e.g. 上海市浦东新区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="112"/>
        <source>Still active (no end date)</source>
        <translation>Still active (no end date)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="130"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="131"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="133"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="134"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../../desktop_app/gui/tasks.py" line="290"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tasks.py" line="360"/>
        <source>Something went wrong. Please report the details below.</source>
        <translation>Something went wrong. Please report the details below.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="128"/>
        <source>The database file is damaged.</source>
        <translation>The database file is damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="133"/>
        <source>No usable backup was found. The damaged file was left as it is: %1</source>
        <translation>No usable backup was found. The damaged file was left as it is: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="143"/>
        <source>ShipCheck can restore the newest good backup, made %1 (%2). The damaged file is kept beside it, so nothing is thrown away.</source>
        <translation>ShipCheck can restore the newest good backup, made %1 (%2). The damaged file is kept beside it, so nothing is thrown away.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="152"/>
        <source>Restore this backup</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="155"/>
        <source>Choose another backup…</source>
        <translation>Choose another backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="212"/>
        <source>Replace the current database with the backup made %1?

The current database is backed up first, so this can be undone with another restore.</source>
        <translation>Replace the current database with the backup made %1?

The current database is backed up first, so this can be undone with another restore.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="229"/>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="236"/>
        <source>The backup %1 was restored.</source>
        <translation>The backup %1 was restored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="238"/>
        <source>The previous database was kept as %1.</source>
        <translation>The previous database was kept as %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="253"/>
        <source>Creating a backup…</source>
        <translation>Creating a backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="260"/>
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
        <location filename="../../desktop_app/gui/dashboard.py" line="69"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="73"/>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="74"/>
        <source>not met</source>
        <translation>not met</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="251"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="252"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="253"/>
        <source>all shops</source>
        <translation>all shops</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="261"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="262"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="264"/>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="265"/>
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="267"/>
        <source>K4 high-in-stock waiver (measured over this week, used the next week)</source>
        <translation>K4 high-in-stock waiver (measured over this week, used the next week)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="269"/>
        <source>K3 shop score components</source>
        <translation>K3 shop score components</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="272"/>
        <source>Secondary source: these weights come from a 2024 article, not an official announcement. The score formula is not published.</source>
        <translation>Secondary source: these weights come from a 2024 article, not an official announcement. The score formula is not published.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="276"/>
        <source>A2 good-fulfilment penalty refund</source>
        <translation>A2 good-fulfilment penalty refund</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="280"/>
        <source>Projected on-time rate</source>
        <translation>Projected on-time rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="281"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="292"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="299"/>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="282"/>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="283"/>
        <source>Penalties deducted</source>
        <translation>Penalties deducted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="284"/>
        <source>Would be refunded</source>
        <translation>Would be refunded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="285"/>
        <source>Refund date</source>
        <translation>Refund date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="290"/>
        <source>D2 experience-score protection</source>
        <translation>D2 experience-score protection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="292"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="292"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="298"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="292"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="300"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="296"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="297"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="305"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="306"/>
        <source>Own</source>
        <translation>Own</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="307"/>
        <source>Industry average</source>
        <translation>Industry average</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="308"/>
        <source>Scored as</source>
        <translation>Scored as</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="309"/>
        <source>Protected</source>
        <translation>Protected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="395"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="437"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="477"/>
        <source>Daily on-time rate</source>
        <translation>Daily on-time rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="438"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="482"/>
        <source>Late or overdue per day</source>
        <translation>Late or overdue per day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="447"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="502"/>
        <source>On-time shipping rate</source>
        <translation>On-time shipping rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="454"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="503"/>
        <source>Pickup-anomaly rate</source>
        <translation>Pickup-anomaly rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="455"/>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="460"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="504"/>
        <source>Assessable orders</source>
        <translation>Assessable orders</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="466"/>
        <source>%1 orders have no amount set (see Settings)</source>
        <translation>%1 orders have no amount set (see Settings)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="470"/>
        <location filename="../../desktop_app/gui/dashboard.py" line="505"/>
        <source>Money at stake</source>
        <translation>Money at stake</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="509"/>
        <source>No pickup scans in the imported data: cannot be measured</source>
        <translation>No pickup scans in the imported data: cannot be measured</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="511"/>
        <source>No assessable orders: the previous window&apos;s value carries over</source>
        <translation>No assessable orders: the previous window&apos;s value carries over</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="515"/>
        <source>threshold %1 %2</source>
        <translation>threshold %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="550"/>
        <source>eligible</source>
        <translation>eligible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="550"/>
        <source>not eligible</source>
        <translation>not eligible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="552"/>
        <source>Week of %1: %2 — one waiver for the week of %3.</source>
        <translation>Week of %1: %2 — one waiver for the week of %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="558"/>
        <source>Suggested order to spend it on: %1</source>
        <translation>Suggested order to spend it on: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="596"/>
        <source>(%1 penalised orders)</source>
        <translation>(%1 penalised orders)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="612"/>
        <source>not entered</source>
        <translation>not entered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="614"/>
        <source>yes — scored as the industry average</source>
        <translation>yes — scored as the industry average</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="614"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>DateListEditor</name>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="184"/>
        <source>Add date</source>
        <translation>Add date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="185"/>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="29"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="30"/>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="31"/>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="32"/>
        <source>Picked up</source>
        <translation>Picked up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="33"/>
        <source>Online scan</source>
        <translation>Online scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="34"/>
        <source>At warehouse</source>
        <translation>At warehouse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="254"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="255"/>
        <source>How it was decided</source>
        <translation>How it was decided</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="256"/>
        <source>Appeal and evidence</source>
        <translation>Appeal and evidence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="257"/>
        <source>Row as exported</source>
        <translation>Row as exported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="261"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="262"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="263"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="264"/>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="265"/>
        <source>Money at stake</source>
        <translation>Money at stake</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="266"/>
        <source>Appeal candidate</source>
        <translation>Appeal candidate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="267"/>
        <source>Evaluated as of</source>
        <translation>Evaluated as of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="272"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="272"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="273"/>
        <source>Mark as appeal / pre-report candidate</source>
        <translation>Mark as appeal / pre-report candidate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="274"/>
        <source>Note for this order (kept with the order)</source>
        <translation>Note for this order (kept with the order)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="275"/>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="276"/>
        <source>Attach evidence…</source>
        <translation>Attach evidence…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="277"/>
        <source>Save a copy…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="278"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="279"/>
        <source>Select an order to see its timeline and verdict.</source>
        <translation>Select an order to see its timeline and verdict.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="280"/>
        <source>Drop files here to attach them to this order</source>
        <translation>Drop files here to attach them to this order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="327"/>
        <source>Order details</source>
        <translation>Order details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="331"/>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="350"/>
        <source>Not evaluated yet</source>
        <translation>Not evaluated yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="382"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="385"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="423"/>
        <source>Parameter %1 = %2</source>
        <translation>Parameter %1 = %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="439"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="442"/>
        <source>No explanation was stored with this verdict.</source>
        <translation>No explanation was stored with this verdict.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="464"/>
        <source>Note saved.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="481"/>
        <source>Attach evidence files</source>
        <translation>Attach evidence files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="494"/>
        <source>Attaching files…</source>
        <translation>Attaching files…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="521"/>
        <source>Save attachment as</source>
        <translation>Save attachment as</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/detail_panel.py" line="535"/>
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
        <location filename="../../desktop_app/gui/filter_bar.py" line="133"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="134"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="135"/>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="136"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="138"/>
        <source>Follow the clock: countdowns and statuses move while the window is open</source>
        <translation>Follow the clock: countdowns and statuses move while the window is open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="141"/>
        <source>Search order ID, tracking number, receiver, product (Ctrl+F)</source>
        <translation>Search order ID, tracking number, receiver, product (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="145"/>
        <source>An order ID or tracking number is found from its beginning (type the first digits or all of it); receivers and products by any part of the text. Paste a list of order IDs or tracking numbers (one per line, or separated by spaces or commas) to see exactly those orders.</source>
        <translation>An order ID or tracking number is found from its beginning (type the first digits or all of it); receivers and products by any part of the text. Paste a list of order IDs or tracking numbers (one per line, or separated by spaces or commas) to see exactly those orders.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="153"/>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="159"/>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="176"/>
        <source>All shops</source>
        <translation>All shops</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="178"/>
        <source>(no shop name)</source>
        <translation>(no shop name)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="188"/>
        <source>False shipping?</source>
        <translation>False shipping?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="199"/>
        <source>%1 of %2 orders shown</source>
        <translation>%1 of %2 orders shown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="204"/>
        <source>%1 orders</source>
        <translation>%1 orders</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/filter_bar.py" line="206"/>
        <source>%1 not evaluated</source>
        <translation>%1 not evaluated</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../desktop_app/gui/help_menu.py" line="25"/>
        <source>ShipCheck user guide</source>
        <translation>ShipCheck user guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help_menu.py" line="46"/>
        <source>Offline shipping-assessment checker for Kuaishou, Douyin and AliExpress.</source>
        <translation>Offline shipping-assessment checker for Kuaishou, Douyin and AliExpress.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help_menu.py" line="51"/>
        <source>Newest rules known:</source>
        <translation>Newest rules known:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help_menu.py" line="54"/>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help_menu.py" line="59"/>
        <source>Order data never leaves this computer.</source>
        <translation>Order data never leaves this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help_menu.py" line="94"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help_menu.py" line="95"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help_menu.py" line="96"/>
        <location filename="../../desktop_app/gui/help_menu.py" line="106"/>
        <source>About ShipCheck</source>
        <translation>About ShipCheck</translation>
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
        <location filename="../../desktop_app/gui/import_dialog.py" line="220"/>
        <source>Import preview — nothing is written until you press Import</source>
        <translation>Import preview — nothing is written until you press Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="221"/>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="225"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="226"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="227"/>
        <source>Sheet kind</source>
        <translation>Sheet kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="228"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="229"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="230"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="236"/>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="236"/>
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="236"/>
        <source>Data rows</source>
        <translation>Data rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="238"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="238"/>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="239"/>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="240"/>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="241"/>
        <source>Remember this mapping for files with these headers</source>
        <translation>Remember this mapping for files with these headers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="242"/>
        <source>Apply changes and check again</source>
        <translation>Apply changes and check again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="243"/>
        <location filename="../../desktop_app/gui/import_dialog.py" line="341"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="244"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="248"/>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="286"/>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="321"/>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="323"/>
        <source>cannot import</source>
        <translation>cannot import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="325"/>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="327"/>
        <source>%1 row errors</source>
        <translation>%1 row errors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="330"/>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="338"/>
        <source>Import %1 ready files</source>
        <translation>Import %1 ready files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="369"/>
        <source>detected: %1</source>
        <translation>detected: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="372"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="373"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="374"/>
        <source>Logistics (updates stored orders)</source>
        <translation>Logistics (updates stored orders)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="378"/>
        <source>%1 rows ready</source>
        <translation>%1 rows ready</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="380"/>
        <source>%1 rows with errors — fix the file and check again</source>
        <translation>%1 rows with errors — fix the file and check again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="402"/>
        <location filename="../../desktop_app/gui/import_dialog.py" line="448"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="420"/>
        <source>%1 orders have several item lines (%2 lines): each is imported as one order with its lines, quantities and amounts added up</source>
        <translation>%1 orders have several item lines (%2 lines): each is imported as one order with its lines, quantities and amounts added up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="428"/>
        <source>row %1 “%2”</source>
        <translation>row %1 “%2”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="433"/>
        <source>%1 rows skipped, not orders (totals, notes, counts): %2</source>
        <translation>%1 rows skipped, not orders (totals, notes, counts): %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="435"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="440"/>
        <source>%1 ids are on two rows with different content; the later row is kept:</source>
        <translation>%1 ids are on two rows with different content; the later row is kept:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="464"/>
        <source>Errors (%1)</source>
        <translation>Errors (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="464"/>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/import_dialog.py" line="490"/>
        <location filename="../../desktop_app/gui/import_dialog.py" line="516"/>
        <source>(not in this file)</source>
        <translation>(not in this file)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="195"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="199"/>
        <location filename="../../desktop_app/gui/main_window.py" line="253"/>
        <source>The database could not be opened.</source>
        <translation>The database could not be opened.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="207"/>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="385"/>
        <source>Import orders…</source>
        <translation>Import orders…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="387"/>
        <source>Import export files (Ctrl+O) — or drop them on the window</source>
        <translation>Import export files (Ctrl+O) — or drop them on the window</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="389"/>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="390"/>
        <source>Save report as PDF…</source>
        <translation>Save report as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="391"/>
        <source>Export evidence bundle…</source>
        <translation>Export evidence bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="393"/>
        <source>Export order list (Excel)…</source>
        <translation>Export order list (Excel)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="395"/>
        <source>The orders shown, with the current filter and sort, as an .xlsx file (Ctrl+E)</source>
        <translation>The orders shown, with the current filter and sort, as an .xlsx file (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="397"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="398"/>
        <source>Create backup now</source>
        <translation>Create backup now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="399"/>
        <source>Restore backup…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="400"/>
        <source>Re-evaluate now</source>
        <translation>Re-evaluate now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="401"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="402"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="408"/>
        <source>Setup assistant…</source>
        <translation>Setup assistant…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="409"/>
        <location filename="../../desktop_app/gui/main_window.py" line="417"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="410"/>
        <location filename="../../desktop_app/gui/main_window.py" line="416"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="411"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="412"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="413"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="414"/>
        <source>Language / 语言</source>
        <translation>Language / 语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="177"/>
        <source>Evaluating…</source>
        <translation>Evaluating…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="481"/>
        <source>Evaluation cancelled</source>
        <translation>Evaluation cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="485"/>
        <source>Evaluated as of %1</source>
        <translation>Evaluated as of %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="507"/>
        <source>ShipCheck — shipping assessment</source>
        <translation>ShipCheck — shipping assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="509"/>
        <source>[demo data]</source>
        <translation>[demo data]</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="512"/>
        <source>(%1 new at risk, %2 new overdue)</source>
        <translation>(%1 new at risk, %2 new overdue)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="656"/>
        <source>Could not read orders: %1</source>
        <translation>Could not read orders: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="667"/>
        <source>%1 of %2 rows loaded</source>
        <translation>%1 of %2 rows loaded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="672"/>
        <source>%1 rows loaded</source>
        <translation>%1 rows loaded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="674"/>
        <source>loading…</source>
        <translation>loading…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="676"/>
        <source>scroll for more</source>
        <translation>scroll for more</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="678"/>
        <source>as of %1 (China time)</source>
        <translation>as of %1 (China time)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="680"/>
        <source>following the clock</source>
        <translation>following the clock</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="682"/>
        <source>press F5 to evaluate new orders</source>
        <translation>press F5 to evaluate new orders</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="685"/>
        <source>%1 ticked</source>
        <translation>%1 ticked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="750"/>
        <source>Import order or product exports</source>
        <translation>Import order or product exports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="752"/>
        <source>Exports (*.xlsx *.xls *.csv *.html *.htm);;All files (*)</source>
        <translation>Exports (*.xlsx *.xls *.csv *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="782"/>
        <source>%1 new, %2 updated</source>
        <translation>%1 new, %2 updated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="787"/>
        <source>Imported: </source>
        <translation>Imported: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="792"/>
        <source>Import cancelled — nothing was written.</source>
        <translation>Import cancelled — nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="804"/>
        <source>Demo data loaded, evaluated as of %1.</source>
        <translation>Demo data loaded, evaluated as of %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="403"/>
        <source>Import rule update…</source>
        <translation>Import rule update…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="405"/>
        <source>Install a signed rule update file (new platform rules, offline)</source>
        <translation>Install a signed rule update file (new platform rules, offline)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="407"/>
        <source>Rules and updates…</source>
        <translation>Rules and updates…</translation>
    </message>
</context>
<context>
    <name>OrderExport</name>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="55"/>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="91"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="93"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="159"/>
        <source>The orders chosen in the table</source>
        <translation>The orders chosen in the table</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="244"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="275"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="277"/>
        <source>Order count</source>
        <translation>Order count</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="128"/>
        <location filename="../../desktop_app/gui/order_export.py" line="158"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="130"/>
        <source>Sorted by</source>
        <translation>Sorted by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="280"/>
        <source>Exported at (China time)</source>
        <translation>Exported at (China time)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="284"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="285"/>
        <source>Every text is stored as a text cell; text starting with = + - @ has a leading apostrophe so that it is never taken for a formula.</source>
        <translation>Every text is stored as a text cell; text starting with = + - @ has a leading apostrophe so that it is never taken for a formula.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_export.py" line="313"/>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
</context>
<context>
    <name>OrderTableActions</name>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="121"/>
        <source>Open detail</source>
        <translation>Open detail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="125"/>
        <source>Copy order ID</source>
        <translation>Copy order ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="126"/>
        <source>Copy tracking number</source>
        <translation>Copy tracking number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="130"/>
        <source>(%1 orders)</source>
        <translation>(%1 orders)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="131"/>
        <source>Mark for appeal</source>
        <translation>Mark for appeal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="132"/>
        <source>Unmark for appeal</source>
        <translation>Unmark for appeal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="133"/>
        <source>Export chosen orders (Excel)…</source>
        <translation>Export chosen orders (Excel)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="136"/>
        <source>Add a note…</source>
        <translation>Add a note…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="142"/>
        <source>Tick the selected rows</source>
        <translation>Tick the selected rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="145"/>
        <source>Untick all</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="226"/>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_table.py" line="226"/>
        <source>Note for order %1:</source>
        <translation>Note for order %1:</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../desktop_app/gui/dashboard.py" line="38"/>
        <location filename="../../desktop_app/gui/order_model.py" line="59"/>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="461"/>
        <source>This column does not sort</source>
        <translation>This column does not sort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/order_model.py" line="576"/>
        <source>appeal</source>
        <translation>appeal</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="195"/>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="169"/>
        <source>Save report as PDF</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="161"/>
        <source>Export evidence bundle</source>
        <translation>Export evidence bundle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="206"/>
        <source>Reading the orders…</source>
        <translation>Reading the orders…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="209"/>
        <source>Laying out the pages…</source>
        <translation>Laying out the pages…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="212"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="217"/>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="230"/>
        <source>Reading the appeal candidates…</source>
        <translation>Reading the appeal candidates…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="234"/>
        <source>Laying out the appeal report…</source>
        <translation>Laying out the appeal report…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="237"/>
        <source>Writing the bundle…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="242"/>
        <source>Building the evidence bundle…</source>
        <translation>Building the evidence bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="269"/>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/report_actions.py" line="330"/>
        <source>%n order(s) in this appeal have no evidence attached. Before you submit it, attach screenshots or notices to them in the order&apos;s details (Attach evidence…) and save the appeal again.</source>
        <translation>
            <numerusform>%n order in this appeal has no evidence attached. Before you submit it, attach screenshots or notices to it in the order&apos;s details (Attach evidence…) and save the appeal again.</numerusform>
            <numerusform>%n orders in this appeal have no evidence attached. Before you submit it, attach screenshots or notices to them in the order&apos;s details (Attach evidence…) and save the appeal again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="255"/>
        <source>Export order list</source>
        <translation>Export order list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="277"/>
        <source>Writing the order list…</source>
        <translation>Writing the order list…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="264"/>
        <source>chosen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="264"/>
        <source>Export chosen orders</source>
        <translation>Export chosen orders</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="39"/>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="40"/>
        <source>Save report as PDF</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="41"/>
        <source>Export evidence bundle</source>
        <translation>Export evidence bundle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="46"/>
        <source>Penalty / assessment report</source>
        <translation>Penalty / assessment report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="47"/>
        <source>Appeal / pre-report material</source>
        <translation>Appeal / pre-report material</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="57"/>
        <source>all shops</source>
        <translation>all shops</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="59"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="60"/>
        <source>Week (Monday to Sunday)</source>
        <translation>Week (Monday to Sunday)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="67"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="68"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="69"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="70"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="71"/>
        <source>Containing</source>
        <translation>Containing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/report_actions.py" line="75"/>
        <source>The report uses the latest evaluation of each order (see the status bar).</source>
        <translation>The report uses the latest evaluation of each order (see the status bar).</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="275"/>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="279"/>
        <source>Choose the backup to go back to. The current database is kept (backed up, or renamed if it is damaged) before it is replaced.</source>
        <translation>Choose the backup to go back to. The current database is kept (backed up, or renamed if it is damaged) before it is replaced.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="287"/>
        <source>Made (China time)</source>
        <translation>Made (China time)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="287"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="287"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="287"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="310"/>
        <source>There are no backups of this database yet.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/backup_dialogs.py" line="318"/>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
</context>
<context>
    <name>RuleActions</name>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="51"/>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="74"/>
        <source>Import rule update</source>
        <translation>Import rule update</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="53"/>
        <source>ShipCheck rule updates (*.json);;All files (*)</source>
        <translation>ShipCheck rule updates (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="76"/>
        <source>This rule update is signed with the example key that comes with ShipCheck, for trying rule updates out; it is not an official update. Install it anyway?</source>
        <translation>This rule update is signed with the example key that comes with ShipCheck, for trying rule updates out; it is not an official update. Install it anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="87"/>
        <source>Installing the rule update…</source>
        <translation>Installing the rule update…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="97"/>
        <source>Removing the rule update…</source>
        <translation>Removing the rule update…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="101"/>
        <source>Installed the rule update “%1” (%2).</source>
        <translation>Installed the rule update “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="104"/>
        <source>Removed the rule update “%1” (%2).</source>
        <translation>Removed the rule update “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="113"/>
        <source>Orders judged again: %1</source>
        <translation>Orders judged again: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="115"/>
        <source>A backup was made first: %1</source>
        <translation>A backup was made first: %1</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="140"/>
        <source>Rules and updates</source>
        <translation>Rules and updates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="147"/>
        <source>Rules in force on (China time):</source>
        <translation>Rules in force on (China time):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="159"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="160"/>
        <source>Announcement or value</source>
        <translation>Announcement or value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="161"/>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="162"/>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="179"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="171"/>
        <source>Rules in force</source>
        <translation>Rules in force</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="176"/>
        <source>Announcement and its versions</source>
        <translation>Announcement and its versions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="177"/>
        <source>Takes effect</source>
        <translation>Takes effect</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="178"/>
        <source>What is known of it</source>
        <translation>What is known of it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="185"/>
        <source>Announcements</source>
        <translation>Announcements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="186"/>
        <source>Installed rule updates:</source>
        <translation>Installed rule updates:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="192"/>
        <source>Import rule update…</source>
        <translation>Import rule update…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="195"/>
        <source>Undo the last rule update</source>
        <translation>Undo the last rule update</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="243"/>
        <source>date not published</source>
        <translation>date not published</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_dialog.py" line="304"/>
        <source>None: the rules built into ShipCheck apply.</source>
        <translation>None: the rules built into ShipCheck apply.</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <location filename="../../desktop_app/gui/saved_file.py" line="44"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/saved_file.py" line="49"/>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/saved_file.py" line="53"/>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="346"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="347"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="348"/>
        <source>Affected areas (K1)</source>
        <translation>Affected areas (K1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="349"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="350"/>
        <source>Industry averages (D2)</source>
        <translation>Industry averages (D2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="351"/>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="355"/>
        <source>Warning window (hours)</source>
        <translation>Warning window (hours)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="357"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="358"/>
        <source>Default shop name per platform</source>
        <translation>Default shop name per platform</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="363"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="364"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="364"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="367"/>
        <source>Orders whose promised ship time falls inside an area&apos;s dates, and whose ship-from or receiving address is in the area, are exempt from the Kuaishou assessment (K1).</source>
        <translation>Orders whose promised ship time falls inside an area&apos;s dates, and whose ship-from or receiving address is in the area, are exempt from the Kuaishou assessment (K1).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="373"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="374"/>
        <source>Resolved as</source>
        <translation>Resolved as</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="375"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="376"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="377"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="380"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="381"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="382"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="383"/>
        <source>Import from file…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="385"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="386"/>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="387"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="388"/>
        <source>Source of the default</source>
        <translation>Source of the default</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="389"/>
        <source>Your value (empty = default)</source>
        <translation>Your value (empty = default)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="393"/>
        <source>Extra public holidays (not working days)</source>
        <translation>Extra public holidays (not working days)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="394"/>
        <source>Extra make-up working days (调休)</source>
        <translation>Extra make-up working days (调休)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="404"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="429"/>
        <source>Default %1 h — %2</source>
        <translation>Default %1 h — %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="494"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="583"/>
        <source>Import affected areas</source>
        <translation>Import affected areas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="585"/>
        <source>Tables (*.xlsx *.csv);;All files (*)</source>
        <translation>Tables (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/settings_dialog.py" line="596"/>
        <source>Importing areas…</source>
        <translation>Importing areas…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="149"/>
        <source>ShipCheck setup</source>
        <translation>ShipCheck setup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="151"/>
        <source>Skip for now</source>
        <translation>Skip for now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="152"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="155"/>
        <source>Your shops</source>
        <translation>Your shops</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="158"/>
        <source>The name of your shop on each platform, as the platform shows it. Appeal letters are written in this name; imports without a shop column take it.</source>
        <translation>The name of your shop on each platform, as the platform shows it. Appeal letters are written in this name; imports without a shop column take it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="166"/>
        <source>Leave empty if you do not sell there</source>
        <translation>Leave empty if you do not sell there</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="172"/>
        <source>Amounts your back-end shows</source>
        <translation>Amounts your back-end shows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="175"/>
        <source>These platforms did not publish these amounts. Enter what your back-end shows, or leave a box empty: ShipCheck then says the amount is not set, never 0.</source>
        <translation>These platforms did not publish these amounts. Enter what your back-end shows, or leave a box empty: ShipCheck then says the amount is not set, never 0.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="196"/>
        <source>When to warn</source>
        <translation>When to warn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="199"/>
        <source>An unshipped order turns yellow (at risk) when its deadline is this close. Choose the time your packing team needs.</source>
        <translation>An unshipped order turns yellow (at risk) when its deadline is this close. Choose the time your packing team needs.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="207"/>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/first_run.py" line="208"/>
        <source>Warn before the deadline</source>
        <translation>Warn before the deadline</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="135"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="139"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="143"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="147"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="148"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="164"/>
        <source>shipped %1 late</source>
        <translation>shipped %1 late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="171"/>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/status.py" line="172"/>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
</context>
</TS>
