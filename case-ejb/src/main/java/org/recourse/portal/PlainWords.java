package org.recourse.portal;

import static org.recourse.portal.Language.ENGLISH;

import org.recourse.casefile.CaseStatus;
import org.recourse.removal.RemovalStatus;

/**
 * The words a client reads for where their case and each removal request stand: plain sentences
 * instead of the team's status names, with no legal terms left unexplained, in each language the
 * portal speaks. Spanish is written as a person would say it, addressing the client as "usted".
 */
public final class PlainWords {

  private PlainWords() {}

  /** The case's status in a few words, in English. */
  public static String of(CaseStatus status) {
    return of(status, ENGLISH);
  }

  /** The case's status in a few words. */
  public static String of(CaseStatus status, Language language) {
    return switch (language) {
      case ENGLISH ->
          switch (status) {
            case INTAKE -> "Getting started";
            case ACTIVE -> "Your team is working on it";
            case ON_HOLD -> "Paused for now";
            case CLOSED -> "Closed";
          };
      case SPANISH ->
          switch (status) {
            case INTAKE -> "Empezando";
            case ACTIVE -> "Su equipo está trabajando en ello";
            case ON_HOLD -> "En pausa por ahora";
            case CLOSED -> "Cerrado";
          };
    };
  }

  /** A sentence saying what the case's status means for the client, in English. */
  public static String explain(CaseStatus status) {
    return explain(status, ENGLISH);
  }

  /** A sentence saying what the case's status means for the client. */
  public static String explain(CaseStatus status, Language language) {
    return switch (language) {
      case ENGLISH ->
          switch (status) {
            case INTAKE ->
                "Your team is looking at what happened and deciding on the first steps with you.";
            case ACTIVE ->
                "Your team is asking platforms to take the content down and keeping watch.";
            case ON_HOLD ->
                "Nothing is being done on your case at the moment. Your team can tell you why and"
                    + " when it will go on.";
            case CLOSED ->
                "Your team has finished its work on your case. Write to them if the content"
                    + " appears again.";
          };
      case SPANISH ->
          switch (status) {
            case INTAKE ->
                "Su equipo está viendo lo que pasó y decidiendo con usted los primeros pasos.";
            case ACTIVE ->
                "Su equipo está pidiendo a las plataformas que quiten el contenido y sigue"
                    + " vigilando.";
            case ON_HOLD ->
                "Por ahora no se está haciendo nada en su caso. Su equipo puede decirle por qué y"
                    + " cuándo seguirá.";
            case CLOSED ->
                "Su equipo ha terminado su trabajo en su caso. Escríbales si el contenido vuelve a"
                    + " aparecer.";
          };
    };
  }

  /** Where a sent removal request stands, in English. */
  public static String of(RemovalStatus status) {
    return of(status, ENGLISH);
  }

  /** Where a sent removal request stands. */
  public static String of(RemovalStatus status, Language language) {
    return switch (language) {
      case ENGLISH ->
          switch (status) {
            case DRAFT -> "Being prepared";
            case SUBMITTED -> "Sent; waiting for the platform to answer";
            case ACKNOWLEDGED -> "The platform has received the request";
            case REMOVED -> "Taken down";
            case PARTIALLY_REMOVED -> "Partly taken down";
            case REJECTED -> "The platform said no; your team is deciding what to do next";
            case NO_RESPONSE -> "The platform has not answered in time";
            case ESCALATED -> "Taken further, for example to a regulator or a court";
            case RESTORED -> "The platform put it back online after an objection";
            case REUPLOADED -> "Found online again";
          };
      case SPANISH ->
          switch (status) {
            case DRAFT -> "En preparación";
            case SUBMITTED -> "Enviada; esperando la respuesta de la plataforma";
            case ACKNOWLEDGED -> "La plataforma ha recibido la solicitud";
            case REMOVED -> "Quitado";
            case PARTIALLY_REMOVED -> "Quitado en parte";
            case REJECTED -> "La plataforma dijo que no; su equipo está decidiendo qué hacer";
            case NO_RESPONSE -> "La plataforma no ha respondido a tiempo";
            case ESCALATED -> "Se llevó más lejos, por ejemplo a una autoridad o a un tribunal";
            case RESTORED -> "La plataforma lo volvió a publicar después de una objeción";
            case REUPLOADED -> "Apareció otra vez en internet";
          };
    };
  }

  /** Where a web address the client reported stands, in English. */
  public static String of(ReportStatus status) {
    return of(status, ENGLISH);
  }

  /** Where a web address the client reported stands. */
  public static String of(ReportStatus status, Language language) {
    return switch (language) {
      case ENGLISH ->
          switch (status) {
            case NEW -> "Sent to your team";
            case ACCEPTED -> "Your team is asking the platform to take it down";
            case DISMISSED -> "Your team is not taking this one further";
          };
      case SPANISH ->
          switch (status) {
            case NEW -> "Enviada a su equipo";
            case ACCEPTED -> "Su equipo está pidiendo a la plataforma que lo quite";
            case DISMISSED -> "Su equipo no va a seguir con esta";
          };
    };
  }
}
