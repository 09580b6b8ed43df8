package dev.settle.schemeconfig;

import java.util.Map;
import java.util.Set;

/**
 * A scheme as the API and the CLI show it: secret settings left out, the cut-off as {@code HH:mm}, the creation
 * time in epoch milliseconds.
 */
public record SchemeResponse(String schemeId, String name, String writerType, Set<String> currencies,
        Set<String> directions, String calendar, int leadTimeDays, String cutOffTime, String cutOffZone,
        boolean lateSubmissionAllowed, int maxItemsPerFile, Map<String, String> settings, boolean enabled, long created) {

    public static SchemeResponse of(SchemeConfig scheme) {
        return new SchemeResponse(scheme.schemeId(), scheme.name(), scheme.writerType(), scheme.currencies(),
                scheme.directions(), scheme.calendar(), scheme.leadTimeDays(), scheme.cutOffTime().toString(),
                scheme.cutOffZone().getId(), scheme.lateSubmissionAllowed(), scheme.maxItemsPerFile(),
                SchemeSettings.visible(scheme.settings()), scheme.enabled(), scheme.createdAt().toEpochMilli());
    }
}
