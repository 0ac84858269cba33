package org.clusterportal.events;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.clusterportal.agreements.Reach;

/**
 * What a coordinator types about an event. Times are wall-clock times in the event's zone, as the organiser
 * thinks of them; the service turns them into instants. The version is the one the form showed.
 */
public class EventForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private EventType type = EventType.TRAINING;

    @NotBlank
    @Size(max = Event.TITLE_LENGTH)
    private String title;

    @Size(max = Event.DESCRIPTION_LENGTH)
    private String description;

    @Size(max = Event.AGENDA_LENGTH)
    private String agenda;

    @NotNull
    private LocalDateTime startsAt = LocalDateTime.now().plusDays(14).truncatedTo(ChronoUnit.DAYS).withHour(10);

    @NotNull
    private LocalDateTime endsAt = startsAt.plusHours(3);

    @NotBlank
    @Size(max = Event.ZONE_LENGTH)
    private String zone = "Europe/Warsaw";

    @Size(max = Event.PLACE_LENGTH)
    private String place;

    @Size(max = Event.LINK_LENGTH)
    private String onlineLink;

    @NotBlank
    @Pattern(regexp = "[a-z]{2,3}")
    private String language = "pl";

    @NotNull
    private Long organiserId;

    @NotNull
    private Reach reach = Reach.PARTICIPANTS;

    private List<Long> agreementIds = new ArrayList<>();

    @Min(1)
    @Max(Event.MAX_CAPACITY)
    private Integer capacity;

    private LocalDateTime registrationOpens;

    private LocalDateTime registrationCloses;

    private boolean needsApproval;

    @Valid
    @Size(max = Event.MAX_QUESTIONS)
    private List<QuestionForm> questions = new ArrayList<>();

    private long version;

    public static EventForm of(Event event) {
        EventForm form = new EventForm();
        ZoneId zone = event.getZone();
        form.type = event.getType();
        form.title = event.getTitle();
        form.description = event.getDescription();
        form.agenda = event.getAgenda();
        form.startsAt = event.getStartsAt().atZone(zone).toLocalDateTime();
        form.endsAt = event.getEndsAt().atZone(zone).toLocalDateTime();
        form.zone = zone.getId();
        form.place = event.getPlace();
        form.onlineLink = event.getOnlineLink();
        form.language = event.getLanguage();
        form.organiserId = event.getOrganiser().getId();
        form.reach = event.getReach();
        form.agreementIds = new ArrayList<>(event.getAgreements().stream().map(agreement -> agreement.getId()).toList());
        form.capacity = event.getCapacity();
        form.registrationOpens = event.getRegistrationOpens() == null ? null : event.getRegistrationOpens().atZone(zone).toLocalDateTime();
        form.registrationCloses = event.getRegistrationCloses().atZone(zone).toLocalDateTime();
        form.needsApproval = event.isNeedsApproval();
        form.questions = new ArrayList<>(event.getQuestions().stream().map(QuestionForm::of).toList());
        form.version = event.getVersion();
        return form;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Adds an empty question, while fewer than five. */
    public void addQuestion() {
        if (questions.size() < Event.MAX_QUESTIONS) {
            questions.add(new QuestionForm());
        }
    }

    public void removeQuestion(int index) {
        if (index >= 0 && index < questions.size()) {
            questions.remove(index);
        }
    }

    /** One question of the form. */
    public static class QuestionForm implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull
        private QuestionKind kind = QuestionKind.TEXT;

        @NotBlank
        @Size(max = Question.LABEL_LENGTH)
        private String label;

        @Size(max = Question.CHOICES_LENGTH)
        private String choices;

        public static QuestionForm of(Question question) {
            QuestionForm form = new QuestionForm();
            form.kind = question.getKind();
            form.label = question.getLabel();
            form.choices = question.getChoices();
            return form;
        }

        public static QuestionForm of(QuestionKind kind, String label, String choices) {
            QuestionForm form = new QuestionForm();
            form.kind = kind;
            form.label = label;
            form.choices = choices;
            return form;
        }

        Question toQuestion() {
            return new Question(kind, label.strip(), blankToNull(choices));
        }

        public QuestionKind getKind() {
            return kind;
        }

        public void setKind(QuestionKind kind) {
            this.kind = kind;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getChoices() {
            return choices;
        }

        public void setChoices(String choices) {
            this.choices = choices;
        }
    }

    public EventType getType() { return type; }
    public void setType(EventType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public String getZone() { return zone; }
    public void setZone(String zone) { this.zone = zone; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public Long getOrganiserId() { return organiserId; }
    public void setOrganiserId(Long organiserId) { this.organiserId = organiserId; }
    public Reach getReach() { return reach; }
    public void setReach(Reach reach) { this.reach = reach; }
    public List<Long> getAgreementIds() { return agreementIds; }

    /** Faces' selectMany needs a list it may change. */
    public void setAgreementIds(List<Long> agreementIds) {
        this.agreementIds = agreementIds == null ? new ArrayList<>() : new ArrayList<>(agreementIds);
    }

    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public LocalDateTime getRegistrationOpens() { return registrationOpens; }
    public void setRegistrationOpens(LocalDateTime registrationOpens) { this.registrationOpens = registrationOpens; }
    public LocalDateTime getRegistrationCloses() { return registrationCloses; }
    public void setRegistrationCloses(LocalDateTime registrationCloses) { this.registrationCloses = registrationCloses; }
    public boolean isNeedsApproval() { return needsApproval; }
    public void setNeedsApproval(boolean needsApproval) { this.needsApproval = needsApproval; }
    public List<QuestionForm> getQuestions() { return questions; }
    public void setQuestions(List<QuestionForm> questions) { this.questions = questions == null ? new ArrayList<>() : new ArrayList<>(questions); }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
