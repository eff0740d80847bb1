package io.motiv.survey.scoring;

/**
 * When a response is flagged (stored, but excluded from segmentation by default) or rejected.
 *
 * @param flagMissingShare more missing items than this share flags the response as too incomplete
 * @param maxMissingShare more missing items than this share rejects the response
 * @param straightLiningShare this share (or more) of answers on one rating flags straight-lining
 * @param minSecondsPerItem completing faster than this per answered item flags the response as too fast
 */
public record QualityRules(double flagMissingShare, double maxMissingShare, double straightLiningShare,
                           double minSecondsPerItem) {

    public static final QualityRules DEFAULT = new QualityRules(0.10, 0.30, 0.90, 1.0);

    public QualityRules {
        requireShare("flagMissingShare", flagMissingShare);
        requireShare("maxMissingShare", maxMissingShare);
        requireShare("straightLiningShare", straightLiningShare);
        if (!(minSecondsPerItem >= 0) || Double.isInfinite(minSecondsPerItem)) {
            throw new IllegalArgumentException("minSecondsPerItem must be a finite number >= 0");
        }
    }

    private static void requireShare(String name, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + share);
        }
    }
}
