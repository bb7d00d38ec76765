"""View models: turn core events into state the widgets paint."""
