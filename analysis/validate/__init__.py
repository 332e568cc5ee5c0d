"""Validation against human coders: coding sheets, reading filled sheets, agreement, appendix."""
