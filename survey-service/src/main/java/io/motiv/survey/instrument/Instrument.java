package io.motiv.survey.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A values instrument: items keyed to value dimensions and a rating scale. Identified by code and version; an
 * instrument that a published survey uses is frozen, and changing it means defining a new version.
 */
@Entity
@Table(name = "instrument")
public class Instrument {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String name;

    @Column(name = "scale_min", nullable = false)
    public int scaleMin;

    @Column(name = "scale_max", nullable = false)
    public int scaleMax;

    @Column(name = "min_means_very_much_like_me", nullable = false)
    public boolean minMeansVeryMuchLikeMe;

    /** Locale to the labels of ratings scaleMin..scaleMax, in order. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "scale_labels", nullable = false)
    public Map<String, List<String>> scaleLabels;

    @Column(name = "built_in", nullable = false)
    public boolean builtIn;

    @Column(nullable = false)
    public boolean frozen;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** How responses and events name it: {@code code@version}. */
    public String reference() {
        return code + "@" + version;
    }
}
