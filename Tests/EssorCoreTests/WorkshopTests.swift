import EssorCore
import Testing

@Suite struct WorkshopTimerTests {
    @Test func countsDownTheCurrentItemWhileRunning() {
        var timer = WorkshopTimer(planned: [15, 30, 10])
        #expect(timer.remaining(now: 1000) == 15 * 60)
        timer.toggle(now: 1000)  // start
        #expect(timer.isRunning && timer.startedAt == 1000)
        #expect(timer.remaining(now: 1600) == 5 * 60)
        timer.toggle(now: 1600)  // pause
        #expect(timer.remaining(now: 9999) == 5 * 60)  // paused: time stands still
        timer.toggle(now: 2000)
        #expect(timer.remaining(now: 2400) == -100)
        #expect(timer.isOverrun(now: 2400))
        timer.addMinute()
        #expect(timer.remaining(now: 2400) == -40)
        #expect(timer.allowed(0) == 16 * 60)
    }

    @Test func movingKeepsTheClockAndTheTimeSpentPerItem() {
        var timer = WorkshopTimer(planned: [15, 30, 10])
        timer.toggle(now: 0)
        timer.next(now: 900)
        #expect(timer.current == 1 && timer.isRunning)
        #expect(timer.spent(0, now: 5000) == 900)
        #expect(timer.remaining(now: 1500) == 30 * 60 - 600)
        timer.previous(now: 1500)
        #expect(timer.current == 0 && timer.spent(1, now: 9999) == 600)
        #expect(timer.spent(0, now: 1560) == 960)
        timer.toggle(now: 1560)
        timer.next(now: 1600)
        #expect(!timer.isRunning)  // paused stays paused
        #expect(timer.sessionSpent(now: 99_999) == 960 + 600)
        #expect(timer.sessionPlanned == 55 * 60)
        timer.next(now: 1600)
        timer.next(now: 1600)  // no fourth item
        #expect(timer.current == 2)
    }

    @Test func anAgendaWithoutItemsHasNoClock() {
        var timer = WorkshopTimer(planned: [])
        timer.toggle(now: 5)
        timer.addMinute()
        #expect(!timer.isRunning && !timer.isOverrun(now: 100) && timer.remaining(now: 100) == 0)
    }

    @Test func followsAChangedAgenda() {
        var timer = WorkshopTimer(planned: [15, 30])
        timer.toggle(now: 0)
        timer.next(now: 600)
        timer.resize(planned: [15])
        #expect(timer.current == 0 && timer.spent.count == 1 && timer.spent[0] == 600)
    }
}

@Suite struct CaptureLineTests {
    let today = LocalDate(year: 2026, month: 11, day: 30)!

    @Test func anActionWithOwnerDueDateAndTag() throws {
        let line = try #require(
            CaptureLine.parse(
                "action: relancer la mairie @Coop des Deux Rives 15/01 #financement", today: today))
        #expect(line.kind == .action)
        #expect(line.text == "relancer la mairie")
        #expect(line.owner == "Coop des Deux Rives")
        #expect(line.due == LocalDate(year: 2027, month: 1, day: 15))
        #expect(line.tags == ["financement"])
    }

    @Test func kindsByPrefixIdeasByDefault() {
        #expect(
            CaptureLine.parse("Mutualiser la cuisine #Légumerie #legumerie", today: today)
                == CaptureLine(
                    kind: .idea, text: "Mutualiser la cuisine", tags: ["légumerie"], owner: "", due: nil))
        #expect(CaptureLine.parse("Idée : un groupement d'achat", today: today)?.kind == .idea)
        #expect(CaptureLine.parse("question: qui porte le bail ?", today: today)?.kind == .question)
        #expect(CaptureLine.parse("? qui porte le bail", today: today)?.text == "qui porte le bail")
        #expect(CaptureLine.parse("Décision: créer une SCIC", today: today)?.kind == .decision)
        #expect(CaptureLine.parse("d: créer une SCIC", today: today)?.kind == .decision)
        // A colon in the text is not a prefix.
        #expect(
            CaptureLine.parse("Horaires: 9h-12h le lundi", today: today)?.text == "Horaires: 9h-12h le lundi")
        #expect(CaptureLine.parse("   ", today: today) == nil)
        #expect(CaptureLine.parse("action: #tag @Moi", today: today) == nil)
    }

    @Test func datesAreOnlyReadForActions() {
        let idea = CaptureLine.parse("ouvrir le 15/01 aux habitants", today: today)
        #expect(idea?.text == "ouvrir le 15/01 aux habitants" && idea?.due == nil)
        #expect(
            CaptureLine.parse("a: envoyer le devis 2027-02-01", today: today)?.due
                == LocalDate(year: 2027, month: 2, day: 1))
        #expect(
            CaptureLine.parse("a: envoyer le devis 02/12", today: today)?.due
                == LocalDate(year: 2026, month: 12, day: 2))
        #expect(CaptureLine.parse("a: faire @Marc", today: today)?.owner == "Marc")
    }
}

@Suite struct WorkshopOrderTests {
    func item(_ text: String, votes: Int, at: Int64, tags: [String] = []) -> WorkshopItem {
        WorkshopItem(meetingID: 1, kind: .idea, text: text, tags: tags, votes: votes, createdAt: at)
    }

    @Test func ordersByTimeVotesOrTags() {
        let items = [
            item("a", votes: 1, at: 3, tags: ["b"]), item("b", votes: 5, at: 1),
            item("c", votes: 5, at: 2, tags: ["a"]),
            item("d", votes: 0, at: 4, tags: ["b"]),
        ]
        #expect(WorkshopOrder.time.sorted(items).map(\.text) == ["b", "c", "a", "d"])
        #expect(WorkshopOrder.votes.sorted(items).map(\.text) == ["b", "c", "a", "d"])
        #expect(WorkshopOrder.tags.sorted(items).map(\.text) == ["c", "a", "d", "b"])
        #expect(WorkshopOrder.time.next == .votes && WorkshopOrder.tags.next == .time)
    }
}
