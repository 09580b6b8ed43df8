package dev.settle.schemeconfig;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A tenant's payment scheme: the writer that submits its payments and the rules of when and what it may
 * submit. Collections are copied, sorted and unmodifiable; {@link #toString()} hides secret settings.
 *
 * @param writerType the code of the scheme writer ({@code SEPA_SCT}, {@code SEPA_SDD_CORE}, {@code PSP_HTTP},
 *     {@code SANDBOX}, …)
 * @param currencies ISO 4217 codes the scheme accepts
 * @param directions {@code CREDIT} and/or {@code DEBIT}
 * @param calendar the business-day calendar lead times are counted in ({@code TARGET2}, {@code UK}, …)
 * @param leadTimeDays business days between submission and the settled-by date
 * @param cutOffTime latest submission time of a business day, in {@code cutOffZone}
 * @param lateSubmissionAllowed whether an instruction past its settled-by date may still be submitted
 * @param settings the writer's settings (originator account, creditor id, base URL, credential reference, …)
 */
public record SchemeConfig(UUID tenantId, String schemeId, String name, String writerType, Set<String> currencies,
        Set<String> directions, String calendar, int leadTimeDays, LocalTime cutOffTime, ZoneId cutOffZone,
        boolean lateSubmissionAllowed, int maxItemsPerFile, Map<String, String> settings, boolean enabled,
        Instant createdAt) {

    public SchemeConfig {
        currencies = Collections.unmodifiableSortedSet(new TreeSet<>(currencies));
        directions = Collections.unmodifiableSortedSet(new TreeSet<>(directions));
        settings = Collections.unmodifiableSortedMap(new TreeMap<>(settings));
    }

    /** Whether the scheme can carry a payment in this direction ({@code CREDIT}/{@code DEBIT}) and currency. */
    public boolean supports(String direction, String currency) {
        return direction != null && currency != null && directions.contains(direction) && currencies.contains(currency);
    }

    @Override
    public String toString() {
        return "SchemeConfig[tenantId=" + tenantId + ", schemeId=" + schemeId + ", name=" + name + ", writerType="
                + writerType + ", currencies=" + currencies + ", directions=" + directions + ", calendar=" + calendar
                + ", leadTimeDays=" + leadTimeDays + ", cutOffTime=" + cutOffTime + ", cutOffZone=" + cutOffZone
                + ", lateSubmissionAllowed=" + lateSubmissionAllowed + ", maxItemsPerFile=" + maxItemsPerFile
                + ", settings=" + SchemeSettings.describe(settings) + ", enabled=" + enabled + ", createdAt="
                + createdAt + "]";
    }
}
