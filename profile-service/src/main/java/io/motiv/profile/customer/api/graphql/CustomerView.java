package io.motiv.profile.customer.api.graphql;

import io.motiv.events.profile.CustomerKind;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;

@Name("Customer")
@Key(fields = @FieldSet("id"))
@Description("A customer: a person or an organization. Owned by profile-service; other services add fields.")
public record CustomerView(
        @Id @NonNull String id,
        @NonNull CustomerKind kind,
        @NonNull ExternalRefView externalRef,
        @NonNull Instant createdAt,
        @NonNull Instant updatedAt,
        @Description("Increases with every change; pass it back to update.") long version,
        ProfileViews.PersonView person,
        ProfileViews.LocationView location,
        ProfileViews.OrganizationView organization,
        @NonNull ProfileViews.TechnographicsView technographics,
        @NonNull List<ProfileViews.@NonNull AttributeView> attributes) {
}
