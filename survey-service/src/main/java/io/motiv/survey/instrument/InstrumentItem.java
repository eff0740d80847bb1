package io.motiv.survey.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

@Entity
@Table(name = "instrument_item")
public class InstrumentItem {

    @EmbeddedId
    public ItemId id;

    @Column(nullable = false)
    public int position;

    /** A SchwartzValue name or the instrument's own dimension code. */
    @Column(nullable = false)
    public String dimension;

    @Column(name = "reverse_coded", nullable = false)
    public boolean reverseCoded;

    /** Locale to item text. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> texts;

    public String code() {
        return id.code;
    }

    @Embeddable
    public record ItemId(@Column(name = "instrument_id") UUID instrumentId, @Column(name = "code") String code)
            implements Serializable {
    }
}
