package io.motiv.survey.scoring;

/**
 * A rating scale from {@code min} to {@code max}. Scores are always reported so that higher means "more like me"
 * (more important): when the instrument's {@code min} end means "very much like me" (as in ESS data, where
 * 1 = "very much like me"), every answer is recoded as {@code min + max - answer} before scoring.
 */
public record RatingScale(int min, int max, boolean minMeansVeryMuchLikeMe) {

    public RatingScale {
        if (max <= min) {
            throw new IllegalArgumentException("a rating scale needs max > min, got " + min + ".." + max);
        }
    }

    public boolean contains(int rating) {
        return rating >= min && rating <= max;
    }

    /** The rating on a scale where higher means more like me, after the item's own reverse coding. */
    public double oriented(int rating, boolean reverseCoded) {
        boolean flip = minMeansVeryMuchLikeMe ^ reverseCoded;
        return flip ? min + max - rating : rating;
    }
}
