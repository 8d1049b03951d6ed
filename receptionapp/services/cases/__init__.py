"""Cases: registration, the register, one case read whole, edits, confidentiality, 回避, key petitioners."""
