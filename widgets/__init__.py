"""Charts, controls and data loading for the Worker-Centered Trade book."""
