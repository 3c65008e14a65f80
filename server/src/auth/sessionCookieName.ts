/** The cookie a signed-in browser carries: read here, set and cleared by `http/sessionCookie`. */
export const sessionCookieName = 'minutes_session'
