"""ShipCheck 发货考核助手: the desktop app and the layers it drives (import, store, reports)."""

__version__ = "0.1.0"
