package io.motiv.survey.scoring;

/** A response that cannot be scored; the message says why in terms a respondent's system can act on. */
public class ScoringException extends RuntimeException {

    private final String field;

    public ScoringException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
