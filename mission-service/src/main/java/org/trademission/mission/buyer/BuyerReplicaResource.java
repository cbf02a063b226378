package org.trademission.mission.buyer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Roles;

/** Operations view: what this service has learnt of a buyer from events. */
@Path("/api/v1/replicas/buyers")
@Tag(name = "Replicas", description = "What this service knows of other services' data (staff, for operations)")
@Produces(MediaType.APPLICATION_JSON)
public class BuyerReplicaResource {
    private final EntityManager entityManager;

    public BuyerReplicaResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.STAFF)
    @Transactional
    @Operation(summary = "The buyer as replicated from buyers.v1")
    public BuyerReplicaView get(@PathParam("id") UUID id) {
        return Optional.ofNullable(entityManager.find(BuyerReplica.class, id))
                .map(BuyerReplica::view)
                .orElseThrow(() -> ProblemException.notFound("Buyer replica", id));
    }
}
