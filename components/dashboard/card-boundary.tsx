"use client";
// One failing card shows a short message in its place; the rest of the dashboard stays.
import { Component } from "react";

export class CardBoundary extends Component<{ fallback: string; children: React.ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (this.state.failed) {
      return <div role="alert" className="rounded-lg border border-red-200 bg-white p-4 text-red-800">{this.props.fallback}</div>;
    }
    return this.props.children;
  }
}
