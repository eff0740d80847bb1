package io.motiv.survey.response;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One respondent's answers to a survey, with the values profile scored from them. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    public UUID id;

    @Column(name = "survey_id", nullable = false)
    public UUID surveyId;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    /** The submitting system's id for the response; the same id twice stores one response. */
    @Column(name = "client_response_id", nullable = false)
    public String clientResponseId;

    /** The instrument's code@version. */
    @Column(nullable = false)
    public String instrument;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Integer> answers;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "raw_scores", nullable = false)
    public Map<String, Double> rawScores;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "centred_scores", nullable = false)
    public Map<String, Double> centredScores;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "higher_order_raw", nullable = false)
    public Map<String, Double> higherOrderRaw;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "higher_order_centred", nullable = false)
    public Map<String, Double> higherOrderCentred;

    @Column(nullable = false)
    public double mrat;

    @Column(name = "answered_items", nullable = false)
    public int answeredItems;

    @Column(name = "missing_items", nullable = false)
    public int missingItems;

    @Column(name = "too_many_missing", nullable = false)
    public boolean tooManyMissing;

    @Column(name = "straight_lining", nullable = false)
    public boolean straightLining;

    @Column(name = "too_fast", nullable = false)
    public boolean tooFast;

    /** Stored, but excluded from segmentation and statistics by default. */
    @Column(nullable = false)
    public boolean flagged;

    /** When the respondent answered: completion time if known, else submission time. */
    public Instant answeredAt() {
        return completedAt != null ? completedAt : submittedAt;
    }
}
