package org.recourse.portal;

import static org.recourse.portal.Language.ENGLISH;

import org.recourse.casefile.CaseStatus;
import org.recourse.casefile.HarmType;
import org.recourse.casefile.PersonKind;
import org.recourse.removal.RemovalStatus;
import org.recourse.removal.notice.LegalBasis;

/**
 * The words a client reads for where their case and each removal request stand: plain sentences
 * instead of the team's status names, with no legal terms left unexplained, in each language the
 * portal speaks. Spanish is written as a person would say it, addressing the client as "usted". The
 * client's own data export names the same codes with these words, and so do the bases of removal
 * requests, the kinds of harm and the people named in the case, which only the export shows.
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

  /** The law or rule a removal request relies on, said plainly with its citation. */
  public static String of(LegalBasis basis, Language language) {
    return switch (language) {
      case ENGLISH ->
          switch (basis) {
            case TAKE_IT_DOWN ->
                "TAKE IT DOWN Act, a US law under which platforms must remove intimate images"
                    + " shared without consent (47 U.S.C. § 223a)";
            case DMCA ->
                "Copyright (the DMCA, a US law): platforms must remove copies of a picture or"
                    + " video that its owner did not allow (17 U.S.C. § 512)";
            case PLATFORM_POLICY -> "The platform's own rules";
            case DSA ->
                "Digital Services Act, an EU law under which platforms must act on reports of"
                    + " illegal content (Art. 16)";
            case ESAFETY ->
                "Australia's Online Safety Act 2021, through eSafety, the Australian online"
                    + " safety authority";
            case SEARCH_DELISTING -> "A request to a search engine to stop showing the results";
            case COURT_ORDER -> "A court order";
          };
      case SPANISH ->
          switch (basis) {
            case TAKE_IT_DOWN ->
                "Ley TAKE IT DOWN, una ley de Estados Unidos por la que las plataformas deben"
                    + " quitar imágenes íntimas compartidas sin consentimiento (47 U.S.C. § 223a)";
            case DMCA ->
                "Derechos de autor (la DMCA, una ley de Estados Unidos): las plataformas deben"
                    + " quitar copias de una foto o un video que su dueño no permitió"
                    + " (17 U.S.C. § 512)";
            case PLATFORM_POLICY -> "Las propias normas de la plataforma";
            case DSA ->
                "Reglamento de Servicios Digitales, una ley de la Unión Europea por la que las"
                    + " plataformas deben atender los avisos de contenido ilegal (art. 16)";
            case ESAFETY ->
                "Ley de Seguridad en Línea de Australia de 2021, a través de eSafety, la autoridad"
                    + " australiana de seguridad en internet";
            case SEARCH_DELISTING ->
                "Una solicitud a un buscador para que deje de mostrar los resultados";
            case COURT_ORDER -> "Una orden de un tribunal";
          };
    };
  }

  /** What was done to the client, said plainly. */
  public static String of(HarmType harm, Language language) {
    return switch (language) {
      case ENGLISH ->
          switch (harm) {
            case NON_CONSENSUAL_SHARING -> "Intimate images shared without consent";
            case THREAT_TO_SHARE -> "A threat to share intimate images";
            case SYNTHETIC_IMAGERY -> "Sexual images made or altered by software (deepfakes)";
            case HACKED_OR_LEAKED ->
                "Private images taken from an account or a device and published";
            case DOXXING -> "Personal details published, such as an address or phone number";
          };
      case SPANISH ->
          switch (harm) {
            case NON_CONSENSUAL_SHARING -> "Imágenes íntimas compartidas sin consentimiento";
            case THREAT_TO_SHARE -> "Una amenaza de compartir imágenes íntimas";
            case SYNTHETIC_IMAGERY ->
                "Imágenes sexuales creadas o alteradas con programas (deepfakes)";
            case HACKED_OR_LEAKED ->
                "Imágenes privadas sacadas de una cuenta o de un dispositivo y publicadas";
            case DOXXING ->
                "Datos personales publicados, como una dirección o un número de teléfono";
          };
    };
  }

  /** Who a person named in the case is, said plainly. */
  public static String of(PersonKind kind, Language language) {
    return switch (language) {
      case ENGLISH ->
          switch (kind) {
            case RESPONDENT -> "The person who shared, threatened to share or made the images";
            case WITNESS -> "A witness";
            case OTHER_COUNSEL -> "The other side's lawyer";
          };
      case SPANISH ->
          switch (kind) {
            case RESPONDENT ->
                "La persona que compartió las imágenes, amenazó con compartirlas o las creó";
            case WITNESS -> "Un testigo";
            case OTHER_COUNSEL -> "El abogado de la otra parte";
          };
    };
  }

  /** How the client is named to themselves where they wrote something (a message, a log entry). */
  public static String you(Language language) {
    return switch (language) {
      case ENGLISH -> "You";
      case SPANISH -> "Usted";
    };
  }

  /** How the case team is named to the client, never by a staff member's username. */
  public static String yourTeam(Language language) {
    return switch (language) {
      case ENGLISH -> "Your team";
      case SPANISH -> "Su equipo";
    };
  }
}
