"""What happens to findings after the checks: inline suppression comments (``suppress``), a
baseline of known findings (``baseline``). A filter knows findings and rules, not formats."""
