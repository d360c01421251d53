"""Signal wiring. Kept deliberately thin: handlers only enqueue work, rules live elsewhere."""
