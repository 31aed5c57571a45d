/**
 * Cucumber step definitions: the closed, generic vocabulary in which the features of {@code features/} state the
 * requirements of RFC 3261. See {@code docs/steps.md} for the catalogue.
 */
package io.sipspec.steps;
