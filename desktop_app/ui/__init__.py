"""The Qt user interface: a thin layer over the core's view of the world."""
