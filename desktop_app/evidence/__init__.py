"""The appeal evidence bundle: a zip with the appeal report PDF, the orders as .xlsx, the raw
export rows, the seller's attachments and a manifest of SHA-256 hashes (`bundle.build_bundle`).
"""
