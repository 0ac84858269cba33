package org.clusterportal.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.people.Person;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;

/**
 * Turns notices into notifications and e-mail, and serves them to their readers. The observer runs in the
 * transaction of the change that fired the notice: a notification and, for people who hear of that kind at
 * once, an outbox row are written with it, or not at all.
 */
@Stateless
public class NotificationService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Letters letters;

    @Inject
    private Outbox outbox;

    @Inject
    @Any
    private Instance<SubjectAccess> subjectAccesses;

    @Inject
    private Event<Notice> notices;

    /** One notification per recipient (never the actor), and an e-mail for those who want it at once. */
    public void onNotice(@Observes Notice notice) {
        Set<Long> ids = new HashSet<>(notice.recipients());
        if (notice.actorId() != null) {
            ids.remove(notice.actorId());
        }
        if (ids.isEmpty()) {
            return;
        }
        List<Person> recipients = entityManager.createQuery("select p from Person p where p.id in :ids", Person.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList();
        Map<Long, NotificationPreferences> preferences = entityManager.createQuery(
                "select np from NotificationPreferences np where np.person.id in :ids", NotificationPreferences.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultStream()
                .collect(Collectors.toMap(np -> np.getPerson().getId(), np -> np));
        String actorName = Optional.ofNullable(notice.actorId()).map(id -> entityManager.find(Person.class, id))
                .map(Person::getDisplayName).orElse(null);
        for (Person recipient : recipients) {
            Delivery delivery = Optional.ofNullable(preferences.get(recipient.getId()))
                    .map(np -> np.deliveryOf(notice.kind()))
                    .orElse(Delivery.defaultFor(notice.kind()));
            Notification notification = new Notification(recipient, notice, actorName, delivery);
            entityManager.persist(notification);
            if (delivery == Delivery.IMMEDIATELY) {
                outbox.write(recipient, letters.about(recipient, notification));
            }
        }
    }

    /**
     * A message a coordinator writes to many people at once (the registered participants of an event, the
     * partners of a consortium), delivered like any notice: in the portal, and by e-mail as each recipient chose
     * for that kind. The caller checks that the sender may write to them; the sender is not sent a copy.
     */
    public void sendMessage(@NotNull Viewer sender, @NotNull NoticeKind kind, @NotNull Subject subject,
            @NotNull Set<Long> recipients, @NotBlank @Size(max = Notification.TEXT_LENGTH) String text) {
        if (sender.isVisitor()) {
            throw new AccessDeniedException("Message to " + recipients.size() + " people");
        }
        notices.fire(new Notice(kind, recipients, subject, sender.personId(), text.strip()));
    }

    public long unreadCount(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            return 0;
        }
        return entityManager.createQuery(
                "select count(n) from Notification n where n.recipient.id = :person and n.readAt is null", Long.class)
                .setParameter("person", viewer.personId())
                .getSingleResult();
    }

    public long count(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            return 0;
        }
        return entityManager.createQuery("select count(n) from Notification n where n.recipient.id = :person", Long.class)
                .setParameter("person", viewer.personId())
                .getSingleResult();
    }

    /**
     * A page of the viewer's notifications, newest first, without those whose subject the viewer may no longer
     * see (so a page may be shorter than asked). One query for the page, one per type of subject on it.
     */
    public List<Notification> list(@NotNull Viewer viewer, @Min(0) int first, @Min(1) @Max(200) int pageSize) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        List<Notification> page = entityManager.createQuery(
                "select n from Notification n where n.recipient.id = :person order by n.created desc, n.id desc", Notification.class)
                .setParameter("person", viewer.personId())
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
        return visibleOnly(viewer, page);
    }

    /** Those of {@code notifications} whose subject the viewer may see now; none of a type no feature answers for. */
    public List<Notification> visibleOnly(@NotNull Viewer viewer, @NotNull List<Notification> notifications) {
        Map<SubjectType, Set<Long>> wanted = new EnumMap<>(SubjectType.class);
        for (Notification notification : notifications) {
            wanted.computeIfAbsent(notification.getSubjectType(), type -> new HashSet<>()).add(notification.getSubjectId());
        }
        Map<SubjectType, Set<Long>> visible = new EnumMap<>(SubjectType.class);
        wanted.forEach((type, ids) -> visible.put(type, visibleAmong(viewer, type, ids)));
        List<Notification> shown = new ArrayList<>();
        for (Notification notification : notifications) {
            if (visible.get(notification.getSubjectType()).contains(notification.getSubjectId())) {
                shown.add(notification);
            }
        }
        return shown;
    }

    /** The ids among {@code ids} of objects of this type the viewer may see; none when no feature answers for the type. */
    public Set<Long> visibleAmong(@NotNull Viewer viewer, @NotNull SubjectType type, @NotNull Collection<Long> ids) {
        for (SubjectAccess access : subjectAccesses) {
            if (access.type() == type) {
                return access.visibleAmong(viewer, ids);
            }
        }
        return Set.of();
    }

    public void markRead(@NotNull Viewer viewer, @NotNull Long id) {
        Notification notification = entityManager.find(Notification.class, id);
        if (notification == null || viewer.isVisitor() || !notification.getRecipient().getId().equals(viewer.personId())) {
            throw new AccessDeniedException("Notification " + id);
        }
        notification.markRead(Instant.now());
    }

    public int markAllRead(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            return 0;
        }
        return entityManager.createQuery(
                "update Notification n set n.readAt = :now where n.recipient.id = :person and n.readAt is null")
                .setParameter("now", Instant.now())
                .setParameter("person", viewer.personId())
                .executeUpdate();
    }

    /** The signed-in person's choices (made on first use). */
    public NotificationPreferences preferencesOf(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            throw new AccessDeniedException("Notification settings");
        }
        Person person = entityManager.find(Person.class, viewer.personId());
        return entityManager.createQuery(
                "select np from NotificationPreferences np where np.person = :person", NotificationPreferences.class)
                .setParameter("person", person)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    NotificationPreferences created = new NotificationPreferences(person);
                    entityManager.persist(created);
                    return created;
                });
    }

    /** The choices the settings link of an e-mail opens, without logging in. */
    public Optional<NotificationPreferences> preferencesByToken(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        return entityManager.createQuery("select np from NotificationPreferences np join fetch np.person where np.token = :token",
                NotificationPreferences.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    public void choose(@NotNull Viewer viewer, @NotNull Map<NoticeKind, Delivery> deliveries) {
        preferencesOf(viewer).choose(new HashMap<>(deliveries));
    }

    public void chooseByToken(@NotNull String token, @NotNull Map<NoticeKind, Delivery> deliveries) {
        preferencesByToken(token).orElseThrow(() -> new AccessDeniedException("Notification settings by link"))
                .choose(new HashMap<>(deliveries));
    }
}
