package org.clusterportal.events;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A question a person answers when registering: free text, one of some choices, or yes/no. */
@Embeddable
public class Question implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LABEL_LENGTH = 300;
    public static final int CHOICES_LENGTH = 1000;
    public static final int ANSWER_LENGTH = 1000;
    public static final String YES = "yes";
    public static final String NO = "no";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionKind kind;

    @Column(nullable = false, length = LABEL_LENGTH)
    private String label;

    /** One choice per line. */
    @Column(length = CHOICES_LENGTH)
    private String choices;

    protected Question() {
        // for JPA
    }

    public Question(QuestionKind kind, String label, String choices) {
        this.kind = kind;
        this.label = label;
        this.choices = kind == QuestionKind.CHOICE ? choices : null;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public String getChoices() {
        return choices;
    }

    public List<String> getChoiceList() {
        if (choices == null) {
            return List.of();
        }
        return Arrays.stream(choices.split("\\R")).map(String::strip).filter(choice -> !choice.isEmpty()).distinct().toList();
    }

    /** Whether {@code answer} (already stripped, may be empty) is a valid answer; every question needs one. */
    boolean accepts(String answer) {
        if (answer == null || answer.isEmpty() || answer.length() > ANSWER_LENGTH) {
            return false;
        }
        return switch (kind) {
            case TEXT -> true;
            case CHOICE -> getChoiceList().contains(answer);
            case YES_NO -> YES.equals(answer) || NO.equals(answer);
        };
    }
}
