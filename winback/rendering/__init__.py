"""Rendering a campaign's messages: templates, their context, checks, SMS length."""
