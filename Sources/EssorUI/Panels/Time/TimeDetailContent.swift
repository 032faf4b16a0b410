import EssorCore
import EssorStore

/// A person's month in the Temps panel's detail: who they are and their
/// rate with its formula, the month's hours and cost, whether the
/// timesheet is signed, the meetings they facilitated to confirm (Enter
/// records one), and the month's entries with what the rules say.
enum TimeDetailContent {
    static func lines(_ d: TimeDetail, _ state: AppState) -> [DetailLine] {
        let f = state.format
        let fr = state.lang == .fr
        func t(_ m: TimeMsg) -> String { state.text(.timeUI(m)) }
        let member = d.record.member
        let sheet = d.sheet
        var lines: [DetailLine] = []
        if !member.role.isEmpty { lines.append(.field(t(.fieldRole), member.role)) }
        if !member.employer.isEmpty { lines.append(.field(t(.fieldEmployer), member.employer)) }
        lines.append(.field(t(.fieldMode), t(.mode(member.mode))))
        if member.contractFrom != nil || member.contractTo != nil {
            lines.append(
                .field(
                    t(.fieldContract),
                    t(
                        .contract(
                            from: member.contractFrom.map(f.date) ?? "…",
                            to: member.contractTo.map(f.date) ?? "…"))
                ))
        }
        if member.mode == .fixedShare {
            let share = member.sharePercent.map {
                DecimalFormat.string($0, lang: state.lang, maxFractionDigits: 2) + " %"
            }
            var letter = member.letterReference
            if member.letterFrom != nil || member.letterTo != nil {
                letter +=
                    " ("
                    + t(
                        .contract(
                            from: member.letterFrom.map(f.date) ?? "…", to: member.letterTo.map(f.date) ?? "…"
                        ))
                    + ")"
            }
            lines.append(.field(t(.fieldLetter), letter))
            if let share { lines.append(.paragraph(t(.fixedShareNote(share)), .muted)) }
        }
        if let rate = sheet.rate {
            lines.append(.field(t(.fieldRate), TimeStrings.rate(rate, state.lang)))
        } else {
            lines.append(.field(t(.fieldRate), t(.noRate(d.month.year)), .warning))
        }
        lines += [.blank, .heading(t(.monthShown(d.month)))]
        lines.append(.field(t(.colHours), TimeStrings.hours(sheet.total)))
        lines.append(
            .field(
                t(.fieldCost),
                sheet.cost.map { DecimalFormat.euros(Double($0) / 100, lang: state.lang, cents: true) } ?? "—"
            ))
        if let signed = d.record.signed.first(where: { $0.month == d.month }) {
            lines.append(
                .field(
                    t(.fieldSigned), t(.signedOn(day: f.date(signed.signedOn), by: signed.signedBy)), .success
                ))
        } else {
            lines.append(.field(t(.fieldSigned), t(.notSigned), .muted))
        }
        if !d.proposals.isEmpty {
            lines += [.blank, .heading(t(.toConfirmHeading(d.proposals.count)))]
            for proposal in d.proposals {
                let text = t(
                    .proposal(
                        day: f.dayWithWeekday(proposal.date), title: proposal.title,
                        hours: TimeStrings.hours(proposal.minutes),
                        preparation: proposal.preparationMinutes > 0
                            ? TimeStrings.hours(proposal.preparationMinutes) : nil))
                lines.append(.keyed(.timeProposal(proposal.meetingID), .bullet(text, .accent)))
            }
        }
        lines += [.blank, .heading(t(.entriesHeading(d.entries.count)))]
        if d.entries.isEmpty { lines.append(.paragraph(t(.noEntries), .muted)) }
        for record in d.entries {
            let e = record.entry
            var text =
                "\(f.dayWithWeekday(e.date))  \(TimeStrings.hours(e.minutes))  \(d.cohortName(e.cohortID, fr: fr))"
                + " — \(TimeStrings.task(e.task, d.tasks))"
            if !e.note.isEmpty { text += " · " + e.note }
            var role = Role.normal
            var flags = d.warnings[e.id].map { TimeStrings.issues($0, fr) } ?? ""
            if d.changed.contains(e.id) { flags += (flags.isEmpty ? "" : " ; ") + t(.meetingChanged) }
            if !flags.isEmpty {
                text += " (" + flags + ")"
                role = .warning
            }
            lines.append(.keyed(.timeRecord(e.id), .bullet(text, role)))
        }
        return lines
    }
}
