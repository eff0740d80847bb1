package io.motiv.profile.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** That a customer was erased, and when: kept as proof, with no personal data. */
@Entity
@Table(name = "erasure_record")
public class ErasureRecord {

    @Id
    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "erased_at", nullable = false)
    public Instant erasedAt;
}
