/**
 * The RFC 3261 requirements catalogue and the coverage report. {@link io.sipspec.requirements.CatalogueDraft} drafts
 * the catalogue from the RFC text (one row per normative sentence); {@link io.sipspec.requirements.Catalogue} reads
 * the curated {@code features/requirements/rfc3261.csv}; {@link io.sipspec.requirements.CoveragePlugin} collects
 * the verdicts of the scenarios tagged {@code @req-<id>} and writes {@code reports/coverage/}.
 */
package io.sipspec.requirements;
