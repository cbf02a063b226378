package org.trademission.matching.replica;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.matching.buyer.BuyerReplica;
import org.trademission.matching.buyer.BuyerReplicaView;
import org.trademission.matching.exporter.ExporterReplica;
import org.trademission.matching.exporter.ExporterReplicaView;
import org.trademission.matching.mission.MissionReplica;
import org.trademission.matching.mission.MissionReplicaView;
import org.trademission.platform.replica.Replicas;
import org.trademission.platform.security.Roles;

/** Operations view: what this service has learnt of other services' aggregates from their events. */
@Path("/api/v1/replicas")
@Tag(name = "Replicas", description = "What this service knows of other services' data (staff, for operations)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STAFF)
public class ReplicaResource {
    private final EntityManager entityManager;

    public ReplicaResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    @Path("exporters/{id}")
    @Transactional
    @Operation(summary = "The exporter as replicated from exporters.v1")
    public ExporterReplicaView exporter(@PathParam("id") UUID id) {
        return Replicas.view(entityManager, ExporterReplica.class, id, ExporterReplica::view, "Exporter");
    }

    @GET
    @Path("buyers/{id}")
    @Transactional
    @Operation(summary = "The buyer as replicated from buyers.v1")
    public BuyerReplicaView buyer(@PathParam("id") UUID id) {
        return Replicas.view(entityManager, BuyerReplica.class, id, BuyerReplica::view, "Buyer");
    }

    @GET
    @Path("missions/{id}")
    @Transactional
    @Operation(summary = "The mission as replicated from missions.v1")
    public MissionReplicaView mission(@PathParam("id") UUID id) {
        return Replicas.view(entityManager, MissionReplica.class, id, MissionReplica::view, "Mission");
    }
}
