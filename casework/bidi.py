"""The bidirectional formatting characters (Unicode UAX #9: embeddings, overrides, isolates
and the implicit marks). Shown to a person they reorder the text around them: an attachment
named "invoice<U+202E>fdp.exe" reads "invoiceexe.pdf" (CVE-2021-42574, "Trojan Source"). What
goes to staff in Slack, to a terminal or into a header the desk sends treats them alike.

A module of its own, importing nothing, so that the command line can use it at start.
"""

# The body of a regular-expression character class.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
