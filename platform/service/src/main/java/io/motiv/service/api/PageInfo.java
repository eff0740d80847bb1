package io.motiv.service.api;

import io.smallrye.graphql.api.federation.Shareable;
import org.eclipse.microprofile.graphql.Name;

/** Relay page info, the same in every subgraph (hence shareable). */
@Name("PageInfo")
@Shareable
public record PageInfo(boolean hasNextPage, String endCursor) {
}
