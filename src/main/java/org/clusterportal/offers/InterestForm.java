package org.clusterportal.offers;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a participant writes when expressing interest in an offer. */
public class InterestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Cooperation cooperation;

    @NotBlank
    @Size(max = ExpressionOfInterest.MESSAGE_LENGTH)
    private String message;

    public Cooperation getCooperation() {
        return cooperation;
    }

    public void setCooperation(Cooperation cooperation) {
        this.cooperation = cooperation;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
