"""Manager reports: outcomes, measures, churn, loss reasons, and their outputs."""
