extension Theme {
    /// The theme as a terminal of `depth` can show it: colours come down to
    /// the nearest the terminal has. A role whose look the downgrade erases
    /// (its background merges with the screen's, or its text with its
    /// background) takes the built-in default's look instead, which relies
    /// on attributes, on the theme's own text and screen colours; without
    /// colour at all, attributes only.
    public func fitted(to depth: ColorDepth) -> Theme {
        guard depth > .none else { return .mono }
        let normal = style(.normal)
        let screen = depth.fit(normal.background)
        var result = Theme(name: name, summary: summary, styles: [:])
        for role in Role.allCases {
            let original = style(role)
            var fitted = original
            fitted.foreground = depth.fit(original.foreground)
            fitted.background = depth.fit(original.background)
            let lostBackground =
                role != .normal && original.background != normal.background
                && fitted.background == screen
            let lostText = fitted.foreground != .terminalDefault && fitted.foreground == fitted.background
            if lostBackground || lostText {
                // The built-in look (reverse video, bold…) on the theme's
                // own text and screen colours.
                fitted = Theme.builtIn.style(role)
                fitted.foreground =
                    fitted.foreground == .terminalDefault
                    ? depth.fit(normal.foreground) : depth.fit(fitted.foreground)
                fitted.background = screen
            }
            result.styles[role] = fitted
        }
        return result
    }
}
