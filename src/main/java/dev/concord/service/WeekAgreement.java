package dev.concord.service;

import dev.concord.agreement.AgreementReport;

/**
 * Agreement among the items whose most recent latest review fell in one ISO week (UTC).
 *
 * @param week the ISO week, such as {@code 2026-W47}
 * @param report the full report over those items (with its own intervals and warnings)
 */
public record WeekAgreement(String week, AgreementReport report) {
}
