"""Attachment preparation: good files of every kind, and the bad ones refused plainly."""
