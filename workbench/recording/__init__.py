"""Recording from the window: the countdown, the recording control, and the review of what the
recorder noticed."""
