// A photo the circuit fetched with the user's token, as a URL the page's <img> can show.
export async function objectUrl(streamRef, contentType) {
    const bytes = await streamRef.arrayBuffer();
    return URL.createObjectURL(new Blob([bytes], { type: contentType }));
}

export function revoke(urls) {
    for (const url of urls) URL.revokeObjectURL(url);
}
