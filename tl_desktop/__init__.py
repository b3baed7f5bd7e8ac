"""Tiers-Lieux Desktop: the Qt-free core (domain, store, import, geography, map page, CLI)."""

__version__ = "0.1.0"
