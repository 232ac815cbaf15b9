import { Button, Hr, Link, Section, Text } from "@react-email/components";
import { fill } from "../../i18n/format";
import { messagesFor } from "../../i18n/messages";
import { colors, EmailLayout, styles } from "./_components/email-layout";

export type RecapActionGroup = {
  /** null: nobody was named for these items. */
  owner: string | null;
  items: { text: string; due: string | null; done: boolean }[];
};

export type RecapEmailProps = {
  locale: "es" | "en";
  title: string;
  /** The meeting's date, already formatted for the reader. */
  date: string;
  summary: string;
  keyPoints: string[];
  actionGroups: RecapActionGroup[];
  meetingUrl: string;
  unsubscribeUrl: string;
};

// What `email dev` shows, and what a tool that renders the template bare (`email export`) gets.
const preview: RecapEmailProps = {
  locale: "es",
  title: "Lanzamiento Q3 — revisión semanal",
  date: "18 nov 2026, 10:00",
  summary:
    "El equipo aprobó el presupuesto de lanzamiento de 40.000 € y acordó retrasar la campaña una semana para terminar las pruebas con clientes.",
  keyPoints: [
    "Presupuesto de lanzamiento aprobado",
    "La campaña se mueve al 2 de diciembre",
    "Faltan dos entrevistas con clientes",
  ],
  actionGroups: [
    {
      owner: "Ana García",
      items: [
        { text: "Enviar el informe de presupuesto", due: "20 nov 2026", done: false },
        { text: "Reservar la sala para la demo", due: null, done: true },
      ],
    },
    {
      owner: "Ben Stone",
      items: [{ text: "Cerrar las entrevistas con clientes", due: "25 nov 2026", done: false }],
    },
    { owner: null, items: [{ text: "Decidir quién presenta la demo", due: null, done: false }] },
  ],
  meetingUrl: "http://localhost:3000/meetings/00000000-0000-4000-8000-000000000000",
  unsubscribeUrl: "http://localhost:3000/unsubscribe?token=preview",
};

/** A meeting's recap: summary, key points and action items by owner (transcript text is only ever text). */
export default function RecapEmail(input: RecapEmailProps) {
  const props = input.locale ? input : preview;
  const t = messagesFor(props.locale).email.templates.recap;
  return (
    <EmailLayout
      locale={props.locale}
      preview={fill(t.preview, { title: props.title })}
      footer={
        <>
          <Text className="m-muted" style={styles.muted}>
            {t.footer}
          </Text>
          <Text className="m-muted" style={styles.muted}>
            <Link
              className="m-muted"
              href={props.unsubscribeUrl}
              style={{ color: colors.muted, textDecoration: "underline" }}
            >
              {t.unsubscribe}
            </Link>
          </Text>
        </>
      }
    >
      <Text className="m-text" style={styles.heading}>
        {props.title}
      </Text>
      <Text className="m-muted" style={styles.muted}>
        {props.date}
      </Text>

      {props.summary ? (
        <>
          <Text className="m-text" style={styles.subheading}>
            {t.summary}
          </Text>
          <Text className="m-text" style={styles.text}>
            {props.summary}
          </Text>
        </>
      ) : null}

      {props.keyPoints.length > 0 ? (
        <>
          <Text className="m-text" style={styles.subheading}>
            {t.keyPoints}
          </Text>
          <ul style={{ margin: "0 0 12px", paddingLeft: "20px" }}>
            {props.keyPoints.map((point, index) => (
              <li key={index} className="m-text" style={{ ...styles.text, margin: "0 0 6px" }}>
                {point}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <Text className="m-text" style={styles.subheading}>
        {t.actionItems}
      </Text>
      {props.actionGroups.length === 0 ? (
        <Text className="m-muted" style={styles.muted}>
          {t.noActionItems}
        </Text>
      ) : (
        props.actionGroups.map((group, index) => (
          <Section key={index} style={{ margin: "0 0 12px" }}>
            <Text className="m-text" style={{ ...styles.text, margin: "0 0 4px", fontWeight: 600 }}>
              {group.owner ?? t.unassigned}
            </Text>
            <ul style={{ margin: 0, paddingLeft: "20px" }}>
              {group.items.map((item, itemIndex) => (
                <li key={itemIndex} className="m-text" style={{ ...styles.text, margin: "0 0 4px" }}>
                  <span style={item.done ? { textDecoration: "line-through" } : undefined}>{item.text}</span>
                  {item.due ? (
                    <span className="m-muted" style={{ color: colors.muted }}>
                      {" "}
                      · {fill(t.due, { date: item.due })}
                    </span>
                  ) : null}
                  {item.done ? (
                    <span className="m-muted" style={{ color: colors.muted }}>
                      {" "}
                      · {t.done}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </Section>
        ))
      )}

      <Hr className="m-rule" style={{ borderColor: colors.border, margin: "20px 0" }} />
      <Button className="m-button" href={props.meetingUrl} style={styles.button}>
        {t.openMeeting}
      </Button>
    </EmailLayout>
  );
}

RecapEmail.PreviewProps = preview;
