"""The Settings window and its pages: each page a small widget that applies and saves a change
the moment it is made."""
