"""The labels of bench/data's line format (bench/data/README.md): the `topic` an off-topic
line may carry. Sections come from casework.faq.SECTIONS."""

TOPICS = (
    "tenancy",
    "building",
    "parking",
    "invoice",
    "sales",
    "recruiting",
    "meeting",
    "press",
    "newsletter",
    "phishing",
    "vendor",
    "other",
)
